namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The best lineups by a simulation objective (tail, percentile, cvar), exactly, over every lineup of the space. The walk
/// keeps each depth's partial points per simulation, so a lineup costs one vector pass over its simulations; the
/// percentile first counts how many simulations fall below the score to beat and selects only when it can win; cvar
/// skips branches whose drivers' own best-alpha sums (an upper bound of the lineup's) cannot win. First slots are spread
/// over the cores; each core keeps its own best and the lists merge at the end in one total order.
/// </summary>
public static class SimulationRanking
{
    public static Candidate[] Top(LineupSpace space, SimulatedPoints points, Objective objective, ReadOnlySpan<int> thresholds, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(objective);
        var plan = new Plan(space, points, objective, thresholds.ToArray());
        var total = new TopCandidates(count);
        if (space.FreeSlots == 0)
        {
            var visitor = plan.Visitor(count);
            space.Walk(plan.Order, ref visitor);
            return visitor.Top.Ranked();
        }

        Parallel.For(
            0,
            plan.Order.Length,
            Parallelism.Bounded(cancellationToken),
            () => plan.Visitor(count),
            (first, _, visitor) =>
            {
                space.Walk(plan.Order, ref visitor, first, first + 1);
                return visitor;
            },
            visitor =>
            {
                lock (total)
                {
                    total.Merge(visitor.Top);
                }
            });
        return total.Ranked();
    }

    /// <summary>The per-driver numbers one ranking shares across its threads.</summary>
    private sealed class Plan
    {
        public Plan(LineupSpace space, SimulatedPoints points, Objective objective, int[] thresholds)
        {
            (Space, Points, Objective, Thresholds) = (space, points, objective, thresholds);
            if (objective.Kind == ObjectiveKind.Cvar)
            {
                var scratch = new int[points.Simulations];
                TailSums = [.. Enumerable.Range(0, points.Drivers).Select(d =>
                {
                    points.Of(d).CopyTo(scratch);
                    return SimulationMath.SumOfLargest(scratch, objective.TailCount(points.Simulations));
                })];
                Order = [.. space.Selectable.OrderByDescending(d => TailSums[d]).ThenBy(d => d)];
            }
            else
            {
                TailSums = [];
                Order = [.. space.Selectable.OrderByDescending(d => points.Totals[d]).ThenBy(d => d)];
            }

            BestTailSums = new long[Order.Length + 1];
            for (var p = 0; p < Order.Length && TailSums.Length > 0; p++)
            {
                BestTailSums[p + 1] = BestTailSums[p] + TailSums[Order[p]];
            }
        }

        public LineupSpace Space { get; }

        public SimulatedPoints Points { get; }

        public Objective Objective { get; }

        public int[] Thresholds { get; }

        public int[] Order { get; }

        /// <summary>For cvar: each driver's sum of his own best alpha share of simulations.</summary>
        public long[] TailSums { get; }

        /// <summary>For cvar: prefix sums of <see cref="TailSums"/> along <see cref="Order"/>.</summary>
        public long[] BestTailSums { get; }

        public SimulationVisitor Visitor(int count) => new(this, new TopCandidates(count));
    }

    private struct SimulationVisitor : ILineupVisitor
    {
        private readonly Plan plan;
        private readonly int[][] partial;
        private readonly long[] partialTotal;
        private readonly long[] partialTailSum;
        private readonly int[] scratch;
        private readonly int percentileIndex;
        private readonly int tailCount;

        public SimulationVisitor(Plan plan, TopCandidates top)
        {
            this.plan = plan;
            Top = top;
            var (slots, simulations) = (plan.Space.FreeSlots, plan.Points.Simulations);
            partial = [.. Enumerable.Range(0, slots + 1).Select(_ => new int[simulations])];
            partialTotal = new long[slots + 1];
            partialTailSum = new long[slots + 1];
            scratch = new int[simulations];
            foreach (var driver in LineupSpace.Drivers(plan.Space.LockedMask))
            {
                SimulationMath.Add(partial[0], plan.Points.Of(driver), partial[0]);
                partialTotal[0] += plan.Points.Totals[driver];
                partialTailSum[0] += plan.TailSums.Length > 0 ? plan.TailSums[driver] : 0;
            }

            percentileIndex = plan.Objective.PercentileIndex(simulations);
            tailCount = plan.Objective.TailCount(simulations);
        }

        public TopCandidates Top { get; }

        public readonly WalkStep Enter(int depth, int position)
        {
            var driver = plan.Order[position];
            if (plan.Objective.Kind == ObjectiveKind.Cvar && Top.IsFull)
            {
                var left = plan.Space.FreeSlots - depth - 1;
                var bound = partialTailSum[depth] + plan.TailSums[driver] + plan.BestTailSums[position + 1 + left] - plan.BestTailSums[position + 1];
                if (bound < Top.ScoreToBeat)
                {
                    return WalkStep.Stop;
                }
            }

            SimulationMath.Add(partial[depth], plan.Points.Of(driver), partial[depth + 1]);
            partialTotal[depth + 1] = partialTotal[depth] + plan.Points.Totals[driver];
            partialTailSum[depth + 1] = partialTailSum[depth] + (plan.TailSums.Length > 0 ? plan.TailSums[driver] : 0);
            return WalkStep.Descend;
        }

        public readonly WalkStep Leaf(int depth, int position, ulong lineup, int salary)
        {
            var driver = position < 0 ? -1 : plan.Order[position];
            var last = driver < 0 ? new int[plan.Points.Simulations] : plan.Points.Of(driver);
            var total = partialTotal[depth] + (driver < 0 ? 0 : plan.Points.Totals[driver]);
            long score;
            switch (plan.Objective.Kind)
            {
                case ObjectiveKind.Percentile:
                    var below = SimulationMath.AddCountingBelow(partial[depth], last, scratch, Top.IsFull ? (int)Top.ScoreToBeat : int.MinValue);
                    if (below > percentileIndex)
                    {
                        return WalkStep.Skip; // its percentile is under the score to beat
                    }

                    score = SimulationMath.Select(scratch, percentileIndex);
                    break;
                case ObjectiveKind.Cvar:
                    if (Top.IsFull && partialTailSum[depth] + (driver < 0 ? 0 : plan.TailSums[driver]) < Top.ScoreToBeat)
                    {
                        return WalkStep.Stop;
                    }

                    SimulationMath.Add(partial[depth], last, scratch);
                    score = SimulationMath.SumOfLargest(scratch, tailCount);
                    break;
                default:
                    score = SimulationMath.CountReaching(partial[depth], last, plan.Thresholds);
                    break;
            }

            Top.Offer(new Candidate(lineup, salary, score, total));
            return WalkStep.Descend;
        }
    }
}
