using System.Text.Json;
using System.Text.Json.Nodes;
using RaceOptimizer.Api.History;
using RaceOptimizer.Core.Backtest;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// `backtest`: walks forward over the imported races of a series in a date range, forecasting each from the races
/// before it, and scores the simulation against the two baselines (`result.summary`) and race by race (`result.races`).
/// </summary>
internal sealed class BacktestJobHandler(HistoryStore history) : IJobHandler
{
    public async Task<JsonNode> RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var options = job.OptionsAs<BacktestJobOptions>().ToBacktest() with { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var races = await history.HistoryAsync(cancellationToken)
            ?? throw new InvalidOperationException("No race history is imported: POST a loop data file to /api/history first.");
        if (!races.Of(options.Series).Any(r => r.Date >= options.From && r.Date <= options.To))
        {
            throw new InvalidOperationException($"The imported history has no {options.Series} race from {options.From:yyyy-MM-dd} to {options.To:yyyy-MM-dd}.");
        }

        var progress = new FractionProgress(job.Progress, done => $"{done:P0} of the races forecast");
        var report = Backtester.Default.Run(races, options, progress, cancellationToken);
        return JsonSerializer.SerializeToNode(
            Result(report, options),
            JsonSerializerOptions.Web)!;
    }

    /// <summary>The contract's <see cref="BacktestJobResult"/> of Core's report, enums written as their names.</summary>
    internal static BacktestJobResult Result(BacktestReport report, BacktestOptions options) => new(
        new Contracts.Jobs.BacktestSummary(Scores(report.Model), Baselines(report.Baselines)),
        [.. report.Races.Select(r => new Contracts.Jobs.BacktestRace(r.Race, r.Date, r.TrackType.ToString(), r.Drivers, Scores(r.Model), Baselines(r.Baselines)))],
        options.Series.ToString(),
        options.From,
        options.To,
        options.Simulations,
        options.Seed);

    private static Contracts.Jobs.ForecastScores Scores(Core.Backtest.ForecastScores s) => new(s.Spearman, s.Mae, s.WinnerLogLoss, s.Top10Brier, s.Coverage80);

    private static Contracts.Jobs.BaselineScores Baselines(Core.Backtest.BaselineScores b) => new(Scores(b.RecentForm), Scores(b.StartPosition));
}
