using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.Calibration;

/// <summary>
/// One race's real DraftKings points set against its simulations: where each driver's real points fell in his
/// simulated distribution, and where the race's best lineup fell in the simulated best lineups.
/// </summary>
/// <param name="Drivers">Each driver's strength tier and whether his real points fell below his simulated p10, p50 and p90.</param>
/// <param name="RealBestLineup">The race's best lineup, scored on its real points.</param>
/// <param name="SimulatedBestLineup">Percentiles of each simulation's best lineup.</param>
/// <param name="BestLineupBelow">The share of simulations whose best lineup scored less than the real one.</param>
internal sealed record RacePoints(IReadOnlyList<(StrengthTier Tier, Quantiles Below)> Drivers, double RealBestLineup, Quantiles SimulatedBestLineup, double BestLineupBelow)
{
    /// <summary>
    /// Loop data has no salaries, so the best lineup is the six best scores of the race, the cap ignored: real and
    /// simulated alike, so they compare.
    /// </summary>
    private static readonly int LineupSize = ContestRules.DraftKings.RosterSize;

    /// <param name="simulated">Each simulation's drivers, in the setup's order.</param>
    public static RacePoints Of(HistoryRace race, RaceSetup setup, IReadOnlyList<SimulatedRace> simulated)
    {
        var real = race.Drivers.Select(d => DriverPoints.Score(ScoringTable.DraftKings, d.Result).Total).ToList();
        var tiers = StrengthTiers.Of([.. setup.Drivers.Select(d => d.Strength)]);
        var drivers = setup.Drivers.Select((_, i) =>
        {
            var points = simulated.Select(s => Points(s.Drivers[i])).Order().ToList();
            return (tiers[i], Quantiles.Of(points).Below(real[i]));
        }).ToList();
        var best = simulated.Select(s => Best(s.Drivers.Select(Points))).Order().ToList();
        var realBest = Best(real);
        return new RacePoints(drivers, realBest, Quantiles.Of(best), best.Average(b => Quantiles.Less(b, realBest)));
    }

    private static double Points(SimulatedDriver driver) => driver.DraftKingsHundredths / (double)ScoringTable.Scale;

    private static double Best(IEnumerable<double> points) => points.OrderDescending().Take(LineupSize).Sum();
}

/// <summary>The 10th, 50th and 90th percentiles of a distribution, or the shares of outcomes below them.</summary>
public sealed record Quantiles(double P10, double P50, double P90)
{
    /// <param name="sorted">Ascending.</param>
    internal static Quantiles Of(IReadOnlyList<double> sorted) =>
        new(NearestRank.Percentile(sorted, 0.1), NearestRank.Percentile(sorted, 0.5), NearestRank.Percentile(sorted, 0.9));

    /// <summary>Whether x falls below each percentile (1 or 0), ties counting half.</summary>
    internal Quantiles Below(double x) => new(Less(x, P10), Less(x, P50), Less(x, P90));

    internal static Quantiles Mean(IReadOnlyCollection<Quantiles> all) => new(all.Average(q => q.P10), all.Average(q => q.P50), all.Average(q => q.P90));

    /// <summary>1 when a is below b, 0 when above, a tie half: points are discrete and tie often, and ties should lean neither way.</summary>
    internal static double Less(double a, double b) => a < b ? 1 : a == b ? 0.5 : 0;
}
