namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The best lineups by a sum of per-driver values (projected points, or simulated totals), exactly, without visiting
/// them all: drivers are tried best value first, so the best a branch can still reach is its partial sum plus the next
/// values in the order, and a branch that cannot beat the weakest kept lineup ends the loop at its depth.
/// </summary>
public static class MeanRanking
{
    public static Candidate[] Top(LineupSpace space, IReadOnlyList<long> values, int count)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(values);
        var order = space.Selectable.OrderByDescending(d => values[d]).ThenBy(d => d).ToArray();
        var prefix = new long[order.Length + 1];
        for (var p = 0; p < order.Length; p++)
        {
            prefix[p + 1] = prefix[p] + values[order[p]];
        }

        var visitor = new Visitor(values, order, prefix, space.FreeSlots, new TopCandidates(count));
        visitor.Partial[0] = LineupSpace.Drivers(space.LockedMask).Sum(d => values[d]);
        space.Walk(order, ref visitor);
        return visitor.Top.Ranked();
    }

    private struct Visitor(IReadOnlyList<long> values, int[] order, long[] prefix, int freeSlots, TopCandidates top) : ILineupVisitor
    {
        public readonly long[] Partial = new long[freeSlots + 1];

        public readonly TopCandidates Top => top;

        public readonly WalkStep Enter(int depth, int position)
        {
            var value = Partial[depth] + values[order[position]];
            var left = freeSlots - depth - 1;
            if (top.IsFull && value + prefix[position + 1 + left] - prefix[position + 1] < top.ScoreToBeat)
            {
                return WalkStep.Stop;
            }

            Partial[depth + 1] = value;
            return WalkStep.Descend;
        }

        public readonly WalkStep Leaf(int depth, int position, ulong lineup, int salary)
        {
            var score = Partial[depth] + (position < 0 ? 0 : values[order[position]]);
            if (top.IsFull && score < top.ScoreToBeat)
            {
                return WalkStep.Stop; // later drivers in the order are worth no more
            }

            top.Offer(new Candidate(lineup, salary, score, 0));
            return WalkStep.Descend;
        }
    }
}
