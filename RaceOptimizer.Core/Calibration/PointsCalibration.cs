using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Calibration;

/// <summary>
/// How often real DraftKings points fell below a driver's simulated 10th, 50th and 90th percentiles (0.1, 0.5 and 0.9
/// when calibrated), over the driver-races of a group.
/// </summary>
public sealed record PointsCoverageRow(Series Series, string Group, int DriverRaces, Quantiles ShareBelow);

/// <summary>The best lineup's real score against the simulated best lineups, over a group of races.</summary>
/// <param name="RealBest">Mean real best-lineup score.</param>
/// <param name="SimulatedBest">Means of the simulated best lineup's percentiles.</param>
/// <param name="WithinRange">Share of races whose real best lay within the simulated 10-90% range (0.8 when calibrated).</param>
/// <param name="ShareBelow">Mean share of simulations whose best lineup scored less than the real one (0.5 when calibrated).</param>
public sealed record BestLineupRow(Series Series, string Group, int Races, double RealBest, Quantiles SimulatedBest, double WithinRange, double ShareBelow);

/// <summary>The fantasy-point side of a calibration: driver points by strength tier and track type, and best lineups.</summary>
public sealed record PointsCalibration(IReadOnlyList<PointsCoverageRow> ByTier, IReadOnlyList<PointsCoverageRow> ByTrackType, IReadOnlyList<BestLineupRow> BestLineups)
{
    internal static PointsCalibration Of(IReadOnlyList<(Series Series, TrackType TrackType, RacePoints Points)> races)
    {
        var bySeries = races.GroupBy(r => r.Series).OrderBy(g => g.Key).ToList();
        return new PointsCalibration(
            [.. bySeries.SelectMany(series => series
                .SelectMany(r => r.Points.Drivers)
                .GroupBy(d => d.Tier)
                .OrderBy(g => g.Key)
                .Select(g => Coverage(series.Key, StrengthTiers.Display(g.Key), [.. g.Select(d => d.Below)])))],
            [.. bySeries.SelectMany(series => series
                .GroupBy(r => r.TrackType)
                .OrderBy(g => g.Key)
                .Select(g => Coverage(series.Key, g.Key.ToString(), [.. g.SelectMany(r => r.Points.Drivers.Select(d => d.Below))])))],
            [.. bySeries.SelectMany(series => series
                .GroupBy(r => r.TrackType)
                .OrderBy(g => g.Key)
                .Select(g => BestLineup(series.Key, g.Key.ToString(), [.. g.Select(r => r.Points)]))
                .Append(BestLineup(series.Key, "all", [.. series.Select(r => r.Points)])))]);
    }

    private static PointsCoverageRow Coverage(Series series, string group, IReadOnlyCollection<Quantiles> below) =>
        new(series, group, below.Count, Quantiles.Mean(below));

    private static BestLineupRow BestLineup(Series series, string group, IReadOnlyCollection<RacePoints> races) => new(
        series,
        group,
        races.Count,
        races.Average(r => r.RealBestLineup),
        Quantiles.Mean([.. races.Select(r => r.SimulatedBestLineup)]),
        races.Average(r => r.RealBestLineup >= r.SimulatedBestLineup.P10 && r.RealBestLineup <= r.SimulatedBestLineup.P90 ? 1.0 : 0.0),
        races.Average(r => r.BestLineupBelow));
}
