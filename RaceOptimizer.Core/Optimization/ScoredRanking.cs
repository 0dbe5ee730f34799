namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// Every lineup of a space scored once by an <see cref="ILineupScorer"/>, then ranked as deep as asked, in the same
/// total order as <see cref="SimulationRanking"/> (score, then the summed mean, then the mask): the same lineups come
/// out whichever side scored them.
/// </summary>
internal sealed class ScoredRanking
{
    private readonly ulong[] lineups;
    private readonly long[] scores;
    private readonly int[] salaries;
    private readonly long[] totals;

    private ScoredRanking(LineupSpace space, SimulatedPoints points, ulong[] lineups, long[] scores)
    {
        (this.lineups, this.scores) = (lineups, scores);
        (salaries, totals) = (new int[lineups.Length], new long[lineups.Length]);
        Parallel.For(0, lineups.Length, Parallelism.Bounded(), i => (salaries[i], totals[i]) = (space.SalaryOf(lineups[i]), points.LineupTotal(lineups[i])));
    }

    public static async Task<ScoredRanking> ScoreAsync(LineupSpace space, SimulatedPoints points, Objective objective, int[] thresholds, ILineupScorer scorer, CancellationToken cancellationToken)
    {
        var lineups = space.Lineups();
        var scores = await scorer.ScoreAsync(points, lineups, ObjectiveMeasure.Of(objective, points.Simulations), thresholds, cancellationToken).ConfigureAwait(false);
        if (scores.Length != lineups.Length)
        {
            throw new InvalidOperationException($"The scorer answered {scores.Length:N0} scores for {lineups.Length:N0} lineups.");
        }

        return new ScoredRanking(space, points, lineups, scores);
    }

    public Candidate[] Top(int count)
    {
        var top = new TopCandidates(count);
        for (var i = 0; i < lineups.Length; i++)
        {
            if (!top.IsFull || scores[i] >= top.ScoreToBeat)
            {
                top.Offer(new Candidate(lineups[i], salaries[i], scores[i], totals[i]));
            }
        }

        return top.Ranked();
    }
}
