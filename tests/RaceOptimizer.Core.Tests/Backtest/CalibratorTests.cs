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

        var rows = new Calibrator(RaceSimulator.Default, StrengthModel.Default).Run(history, simulationsPerRace: 5, seed: 1, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([(TrackType.Intermediate, 6), (TrackType.ShortTrack, 2)], rows.Select(r => (r.TrackType, r.Races)));
        // The made-up races: the winner led every lap, nobody dropped out, the order barely moved.
        Assert.Equal(new RaceShape(1, 1, 0, 0, 50.0 / 200 + (11.0 / 200), 2.0 / 12, rows[0].Real.FinishStartCorrelation), rows[0].Real);
        Assert.InRange(rows[0].Simulated.TopLeaderShare, 0.05, 1);
        Assert.InRange(rows[0].Simulated.FinishStartCorrelation, 0, 1);
    }
}
