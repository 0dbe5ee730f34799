using RaceOptimizer.Core.Calibration;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tests.History;

namespace RaceOptimizer.Core.Tests.Backtest;

public class CalibratorTests
{
    [Fact]
    public void Real_and_simulated_shapes_are_compared_per_series_and_track_type()
    {
        var history = RaceHistory.From(TestHistory.Rows(6).Concat(TestHistory.Rows(2, track: "Bristol Motor Speedway", first: new DateOnly(2022, 9, 1))));

        var report = new Calibrator(RaceSimulator.Default, StrengthModel.Default).Run(history, simulationsPerRace: 5, seed: 1, cancellationToken: TestContext.Current.CancellationToken);
        var rows = report.Shapes;

        Assert.Equal([(TrackType.Intermediate, 6), (TrackType.ShortTrack, 2)], rows.Select(r => (r.TrackType, r.Races)));
        // The made-up races: the winner led every lap, nobody dropped out, the order barely moved.
        Assert.Equal(new RaceShape(1, 1, 0, 0, 50.0 / 200 + (11.0 / 200), 2.0 / 12, rows[0].Real.FinishStartCorrelation), rows[0].Real);
        Assert.InRange(rows[0].Simulated.TopLeaderShare, 0.05, 1);
        Assert.InRange(rows[0].Simulated.FinishStartCorrelation, 0, 1);
    }

    [Fact]
    public void Real_points_are_placed_in_the_simulated_distributions_by_tier_track_type_and_best_lineup()
    {
        var history = RaceHistory.From(TestHistory.Rows(6));

        var points = new Calibrator(RaceSimulator.Default, StrengthModel.Default).Run(history, simulationsPerRace: 20, seed: 1, cancellationToken: TestContext.Current.CancellationToken).Points;

        // Twelve drivers: ten in the top tier, two in the next.
        Assert.Equal([("rated 1-10", 60), ("rated 11-20", 12)], points.ByTier.Select(r => (r.Group, r.DriverRaces)));
        Assert.Equal([("Intermediate", 72)], points.ByTrackType.Select(r => (r.Group, r.DriverRaces)));
        Assert.All(points.ByTier.Concat(points.ByTrackType), r => Assert.True(r.ShareBelow.P10 <= r.ShareBelow.P50 && r.ShareBelow.P50 <= r.ShareBelow.P90, r.ToString()));
        // Every made-up race scores alike: the winner from pole 45 + 50 + 22.5, then 42 + 0.45 down to 37 + 0.45, on starts equal to finishes but for one swapped pair.
        var best = Assert.Single(points.BestLineups, r => r.Group == "all");
        Assert.Equal(6, best.Races);
        Assert.InRange(best.RealBest, 117.5 + 42 + 41 + 40 + 39 + 38 + (5 * 0.45) - 2, 117.5 + 42 + 41 + 40 + 39 + 38 + (5 * 0.45) + 2);
        Assert.InRange(best.WithinRange, 0, 1);
        Assert.InRange(best.SimulatedBest.P10, 0, best.SimulatedBest.P90);
    }
}
