using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.Calibration;

/// <summary>
/// Compares simulated races with real ones: every race of the history is simulated from its own grid, track and scheduled length,
/// with strengths from earlier races only, and its shape and DraftKings points are set against the real race's, per
/// series and track type (points also per strength tier).
/// </summary>
public sealed class Calibrator(RaceSimulator simulator, StrengthModel strengths)
{
    /// <param name="include">Which races to compare (all when null); every race still counts as history for the ratings.</param>
    public CalibrationReport Run(
        RaceHistory history,
        int simulationsPerRace,
        ulong seed,
        Func<HistoryRace, bool>? include = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(simulationsPerRace, 1);
        var races = include is null ? history.Races : [.. history.Races.Where(include)];
        var shapes = new (RaceShape Real, RaceShape Simulated)[races.Count];
        var points = new RacePoints[races.Count];
        var done = 0;
        Parallel.For(0, races.Count, Parallelism.Bounded(cancellationToken), i =>
        {
            var race = races[i];
            var setup = WalkForward.Setup(race, history, strengths);
            var runs = new SimulatedRace[simulationsPerRace];
            for (var s = 0; s < simulationsPerRace; s++)
            {
                runs[s] = simulator.Simulate(setup, seed + (ulong)i, s);
            }

            var real = RaceShape.Of(race.Laps, [.. race.Drivers.Select(d => (d.Result.Start, d.Result.Finish, d.Result.LapsLed, d.Result.FastestLaps, d.Status))]);
            shapes[i] = (real, RaceShape.Mean([.. runs.Select(run => RaceShape.Of(run.Laps, [.. run.Drivers.Select(d => (d.Start, d.Finish, d.LapsLed, d.FastestLaps, d.Status))]))]));
            points[i] = RacePoints.Of(race, setup, runs);
            progress?.Report(Interlocked.Increment(ref done) / (double)races.Count);
        });

        var rows = races
            .Select((race, i) => (race, shape: shapes[i]))
            .GroupBy(r => (r.race.Series, r.race.TrackType))
            .OrderBy(g => g.Key.Series).ThenBy(g => g.Key.TrackType)
            .Select(g => new CalibrationRow(g.Key.Series, g.Key.TrackType, g.Count(), RaceShape.Mean([.. g.Select(r => r.shape.Real)]), RaceShape.Mean([.. g.Select(r => r.shape.Simulated)])))
            .ToList();
        return new CalibrationReport(rows, PointsCalibration.Of([.. races.Select((race, i) => (race.Series, race.TrackType, points[i]))]));
    }
}
