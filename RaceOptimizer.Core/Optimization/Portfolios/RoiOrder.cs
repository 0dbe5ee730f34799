using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// Candidates by expected payout against the field plus the lineups already chosen, re-valued lazily: a chosen lineup
/// only ever pushes the others down the standings, so a value computed earlier is an upper bound, and a candidate whose
/// value is current and still on top is the true best without re-valuing the rest.
/// </summary>
internal sealed class RoiOrder : ICandidateOrder
{
    private readonly ContestStandings standings;
    private readonly PortfolioEntries entries;
    private readonly int[] scores;
    private readonly PriorityQueue<Valued, Valued> queue = new(Comparer<Valued>.Create((a, b) => b.Candidate.CompareTo(a.Candidate)));
    private readonly List<Valued> passed = [];
    private readonly HashSet<ulong> known = [];
    private readonly Func<int, IEnumerable<Candidate>> pool;
    private int depth;
    private Valued last;

    /// <param name="pool">The lineups worth valuing, at a depth; deeper pools hold the shallower ones.</param>
    public RoiOrder(ContestStandings standings, PortfolioEntries entries, Func<int, IEnumerable<Candidate>> pool, int depth)
    {
        (this.standings, this.entries, this.pool, this.depth) = (standings, entries, pool, depth);
        scores = new int[standings.Points.Simulations];
        Admit();
    }

    public IEnumerable<Candidate> Current(Func<ulong, Eligibility> judge)
    {
        passed.ForEach(Enqueue);
        passed.Clear();
        while (queue.TryDequeue(out var top, out _))
        {
            var eligibility = judge(top.Candidate.Lineup);
            if (eligibility != Eligibility.Eligible)
            {
                if (eligibility == Eligibility.NotNow)
                {
                    passed.Add(top); // its stale value still bounds it: re-valued only once it could join
                }

                continue;
            }

            if (top.Version != entries.Count)
            {
                Enqueue(Value(top.Candidate.Lineup, top.Candidate.Salary));
                continue;
            }

            last = top;
            passed.Add(top);
            yield return top.Candidate;
        }
    }

    public void Choose()
    {
        passed.Remove(last);
        standings.Points.LineupPoints(last.Candidate.Lineup, scores);
        entries.Add(scores);
    }

    /// <summary>Values a pool twice as deep when the rules used this one up (pacing alone does not pay for it).</summary>
    public bool Extend(bool forPacing)
    {
        if (forPacing)
        {
            return false;
        }

        var before = known.Count;
        depth *= 2;
        Admit();
        return known.Count > before;
    }

    private void Admit()
    {
        foreach (var candidate in pool(depth).Where(c => known.Add(c.Lineup)))
        {
            Enqueue(Value(candidate.Lineup, candidate.Salary));
        }
    }

    /// <summary>Expected payout in millionths of a dollar, so candidates keep one exact total order.</summary>
    private Valued Value(ulong lineup, int salary)
    {
        standings.Points.LineupPoints(lineup, scores);
        var outcome = standings.Evaluate(scores, entries);
        return new(new Candidate(lineup, salary, (long)Math.Round(outcome.MeanPayout * 1e6), standings.Points.LineupTotal(lineup)), entries.Count);
    }

    private void Enqueue(Valued valued) => queue.Enqueue(valued, valued);

    private readonly record struct Valued(Candidate Candidate, int Version);
}
