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
    private Valued last;

    public RoiOrder(ContestStandings standings, PortfolioEntries entries, IEnumerable<Candidate> pool)
    {
        (this.standings, this.entries) = (standings, entries);
        scores = new int[standings.Points.Simulations];
        foreach (var candidate in pool)
        {
            Enqueue(Value(candidate.Lineup, candidate.Salary));
        }
    }

    public IEnumerable<Candidate> Current()
    {
        passed.ForEach(Enqueue);
        passed.Clear();
        while (queue.TryDequeue(out var top, out _))
        {
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

    public void Discard() => passed.Remove(last);

    public void Choose()
    {
        passed.Remove(last);
        standings.Points.LineupPoints(last.Candidate.Lineup, scores);
        entries.Add(scores);
    }

    public bool Extend(bool forPacing) => false; // the pool is all there is

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
