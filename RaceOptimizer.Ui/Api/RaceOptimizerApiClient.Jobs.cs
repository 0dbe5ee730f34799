using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Ui.Api;

public sealed partial class RaceOptimizerApiClient
{
    /// <summary>One job with its result.</summary>
    public Task<JobView> GetJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(new HttpRequestMessage(HttpMethod.Get, $"api/jobs/{Escape(id)}"), "load the job", cancellationToken);

    /// <summary>Queues an optimization; a 400 comes out with its field errors in <see cref="RaceOptimizerApiException.Errors"/>.</summary>
    public Task<JobView> StartOptimizationAsync(NewOptimizationRequest optimization, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(
            SingleAttemptRequest(HttpMethod.Post, "api/jobs", JsonContent.Create(optimization, options: RequestOptions)),
            "start the optimization",
            cancellationToken);

    /// <summary>Queues a backtest; a 400 comes out with its field errors in <see cref="RaceOptimizerApiException.Errors"/>.</summary>
    public Task<JobView> StartBacktestAsync(NewBacktestRequest backtest, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(
            SingleAttemptRequest(HttpMethod.Post, "api/jobs", JsonContent.Create(backtest, options: RequestOptions)),
            "start the backtest",
            cancellationToken);

    /// <summary>A job's export: `json` (the job whole), `dk` or `fd` (the upload CSV of an optimize job).</summary>
    public Task<ApiFile> ExportJobAsync(string id, string format, CancellationToken cancellationToken = default) =>
        DownloadAsync($"api/jobs/{Escape(id)}/export?format={Escape(format)}", "export the job", $"{id}.{(format == "json" ? "json" : "csv")}", cancellationToken);

    /// <summary>The whole job history as one JSON document.</summary>
    public Task<ApiFile> ExportJobsAsync(CancellationToken cancellationToken = default) =>
        DownloadAsync("api/jobs/export", "export the job history", "raceoptimizer-jobs.json", cancellationToken);
}
