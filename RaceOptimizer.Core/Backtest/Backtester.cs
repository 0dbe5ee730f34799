using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Backtest;

/// <summary>
/// Walks forward over every race of a series in a date range: each is forecast from races dated strictly before it
/// (its drivers, their starts, the track and the scheduled length are the inputs), by the simulation and by the two
/// baselines, and scored against what happened. The per-track accident and failure factors are refitted on the races
/// before each season (<see cref="TrackFitter"/>): the committed fit has seen the tested races themselves.
/// </summary>
public sealed class Backtester(RaceModel model, StrengthModel strengths)
{
    public static Backtester Default { get; } = new(RaceModel.Default, StrengthModel.Default);

    public BacktestReport Run(RaceHistory history, BacktestOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Simulations, 1);
        using var activity = CoreTelemetry.Source.StartActivity("backtest races");
        var series = history.Of(options.Series).ToList();
        var tested = series.Count(r => r.Date >= options.From && r.Date <= options.To);
        var baselines = new Baselines();
        var floor = 1.0 / (10.0 * options.Simulations);
        var rows = new List<BacktestRace>(tested);
        var simulators = new Dictionary<int, RaceSimulator>();
        foreach (var race in series.TakeWhile(r => r.Date <= options.To))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcomes = race.Drivers.Select(Outcome).ToList();
            if (race.Date >= options.From)
            {
                var simulator = simulators.TryGetValue(race.Date.Year, out var known) ? known : simulators[race.Date.Year] = SeasonSimulator(history, race.Date.Year);
                var forecast = Simulate(simulator, race, history, options, cancellationToken);
                rows.Add(new BacktestRace(
                    race.Name,
                    race.Date,
                    race.TrackType,
                    race.Drivers.Count,
                    ForecastScores.Of(forecast, outcomes, floor),
                    new BaselineScores(ForecastScores.Of(baselines.RecentForm(race), outcomes, floor), ForecastScores.Of(baselines.StartPosition(race), outcomes, floor))));
                progress?.Report(rows.Count / (double)tested);
            }

            baselines.Add(race, outcomes);
        }

        return new BacktestReport(
            ForecastScores.Mean([.. rows.Select(r => r.Model)]),
            new BaselineScores(ForecastScores.Mean([.. rows.Select(r => r.Baselines.RecentForm)]), ForecastScores.Mean([.. rows.Select(r => r.Baselines.StartPosition)])),
            rows);
    }

    /// <summary>The simulator with track factors fitted on the races before the season: what was known on its first day.</summary>
    private RaceSimulator SeasonSimulator(RaceHistory history, int season) =>
        new(model.With(TrackFitter.Fit(history, FormattableString.Invariant($"races before {season}"), before: new DateOnly(season, 1, 1))));

    private List<DriverForecast> Simulate(RaceSimulator simulator, HistoryRace race, RaceHistory history, BacktestOptions options, CancellationToken cancellationToken)
    {
        var setup = options.Undated ? UserSlateForecast.Setup(race, history, ScheduledLaps.For(race, history)) : WalkForward.Setup(race, history, strengths);
        var seed = options.Seed + (ulong)race.Date.DayNumber;
        var result = simulator.Run(setup, new SimulationOptions(options.Simulations, seed) { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, null, cancellationToken);
        return [.. result.Drivers.Select(d => new DriverForecast(d.DraftKings.Mean, d.DraftKings.P10, d.DraftKings.P90, d.Win, d.Top10))];
    }

    /// <summary>The driver's actual DraftKings points, scored from his real start (the one the site scores from).</summary>
    internal static DriverOutcome Outcome(HistoryEntry entry) =>
        new(DriverPoints.Score(ScoringTable.DraftKings, entry.Result).Total, entry.Result.Finish);
}
