namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// The kept lineups (<see cref="PortfolioRules.Kept"/>) valued as the ranking values a lineup, so the report and the
/// exchange read them as any chosen lineup. ROI values a lineup with the portfolio, so there the mean stands in, as
/// it does for the mean itself.
/// </summary>
internal static class KeptCandidates
{
    /// <param name="values">Each driver's value the mean ranks by.</param>
    /// <param name="thresholds">The tail objective's score to reach in each simulation.</param>
    public static Candidate[] Of(LineupSpace space, IReadOnlyList<ulong> kept, Objective objective, IReadOnlyList<long> values, SimulatedPoints? points, int[] thresholds)
    {
        if (points is null || objective.Kind is ObjectiveKind.Mean or ObjectiveKind.Roi)
        {
            return [.. kept.Select(lineup => new Candidate(lineup, space.SalaryOf(lineup), LineupSpace.Drivers(lineup).Sum(d => values[d]), 0))];
        }

        var scores = new int[points.Simulations];
        var none = new int[points.Simulations];
        return [.. kept.Select(lineup =>
        {
            points.LineupPoints(lineup, scores);
            var score = objective.Kind switch
            {
                ObjectiveKind.Percentile => (long)SimulationMath.Select(scores, objective.PercentileIndex(points.Simulations)),
                ObjectiveKind.Cvar => SimulationMath.SumOfLargest(scores, objective.TailCount(points.Simulations)),
                _ => SimulationMath.CountReaching(scores, none, thresholds),
            };
            return new Candidate(lineup, space.SalaryOf(lineup), score, points.LineupTotal(lineup));
        })];
    }
}
