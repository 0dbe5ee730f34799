using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// Candidates by expected payout against the field plus the lineups already chosen, re-valued lazily: a chosen lineup
/// only ever pushes the others down the standings, so a value computed earlier is an upper bound, and a candidate whose
/// value is current and still on top is the true best without re-valuing the rest. Until the first lineup is chosen a
/// candidate competes with the field alone, so a scorer (the GPU worker) may pay the whole first pool at once, before
/// the order is built (the paid tallies); a pool extended before the first pick is valued here. The pool grows before the
/// first pick while deeper lineups keep entering the best by payout (<see cref="PoolGrowth"/>).
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
    private readonly IReadOnlyDictionary<ulong, ContestTally>? paid;
    private int depth;
    private Valued last;

    /// <param name="pool">The lineups worth valuing, at a depth; deeper pools hold the shallower ones.</param>
    /// <param name="paid">The first pool's payouts against the field alone, paid elsewhere; null pays it here.</param>
    public RoiOrder(ContestStandings standings, PortfolioEntries entries, Func<int, IEnumerable<Candidate>> pool, PoolGrowth growth, IReadOnlyDictionary<ulong, ContestTally>? paid = null)
    {
        (this.standings, this.entries, this.pool, depth, this.paid) = (standings, entries, pool, growth.Initial, paid);
        scores = new int[standings.Points.Simulations];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Admit();
        var doublings = Grow(growth);
        Search = new CandidateSearch(growth.Initial, known.Count, doublings, clock.Elapsed);
    }

    public CandidateSearch? Search { get; }

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

        depth *= 2;
        return Admit().Count > 0;
    }

    /// <summary>
    /// Doubles the pool while the doubling brings a lineup worth more against the field than the one the best
    /// <see cref="PoolGrowth.Wanted"/> end with: deeper lineups that would not be picked first are not worth their time.
    /// </summary>
    private int Grow(PoolGrowth growth)
    {
        var doublings = 0;
        while (depth < growth.Most)
        {
            var bar = queue.UnorderedItems.Select(item => item.Element.Candidate).OrderDescending().Take(growth.Wanted).DefaultIfEmpty().Min();
            depth = Math.Min(depth * 2, growth.Most);
            doublings++;
            if (!Admit().Any(valued => valued.Candidate > bar))
            {
                break;
            }
        }

        return doublings;
    }

    /// <summary>Values the lineups of the pool at the current depth not valued yet, and answers them.</summary>
    private List<Valued> Admit()
    {
        var admitted = new List<Valued>();
        foreach (var candidate in pool(depth).Where(c => known.Add(c.Lineup)))
        {
            var valued = entries.Count == 0 && paid is not null && paid.TryGetValue(candidate.Lineup, out var tally)
                ? ByPayout(candidate, standings.Outcome(tally, scores.Length))
                : Value(candidate.Lineup, candidate.Salary);
            Enqueue(valued);
            admitted.Add(valued);
        }

        return admitted;
    }

    private Valued Value(ulong lineup, int salary)
    {
        standings.Points.LineupPoints(lineup, scores);
        return ByPayout(new Candidate(lineup, salary, 0, 0), standings.Evaluate(scores, entries));
    }

    /// <summary>Expected payout in millionths of a dollar, so candidates keep one exact total order.</summary>
    private Valued ByPayout(Candidate lineup, ContestOutcome outcome) =>
        new(new Candidate(lineup.Lineup, lineup.Salary, (long)Math.Round(outcome.MeanPayout * 1e6), standings.Points.LineupTotal(lineup.Lineup)), entries.Count);

    private void Enqueue(Valued valued) => queue.Enqueue(valued, valued);

    private readonly record struct Valued(Candidate Candidate, int Version);
}
