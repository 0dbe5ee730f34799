using System.Net.Http.Json;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Contracts.Jobs.Options;

namespace RaceOptimizer.Ui.Api;

/// <summary>`/api/jobs`: the history, its statistics, new jobs, job actions and exports.</summary>
public sealed class JobsClient(HttpClient http) : ApiClient(http)
{
    public Task<JobPage> GetJobsAsync(JobFilter filter, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add("status", filter.Status);
        Add("type", filter.Type);
        Add("q", filter.Search);
        Add("slateId", filter.SlateId);
        Add("page", filter.Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("pageSize", filter.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return SendAsync<JobPage>(new HttpRequestMessage(HttpMethod.Get, $"api/jobs?{string.Join('&', query)}"), "load jobs", cancellationToken);
    }

    public Task<JobStats> GetJobStatsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<JobStats>(new HttpRequestMessage(HttpMethod.Get, "api/jobs/stats"), "load job statistics", cancellationToken);

    /// <summary>Queues a simulation; a 400 comes out with its field errors in <see cref="RaceOptimizerApiException.Errors"/>.</summary>
    public Task<JobView> StartSimulationAsync(string name, string slateId, SimulateOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(JobRequest.For(JobType.Simulate, name, slateId, gpuOffload: null, options), "start the simulation", cancellationToken);

    public Task<JobView> CancelJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(SingleAttemptRequest(HttpMethod.Post, $"api/jobs/{Uri.EscapeDataString(id)}/cancel"), "cancel the job", cancellationToken);

    public Task<JobView> RerunJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(SingleAttemptRequest(HttpMethod.Post, $"api/jobs/{Uri.EscapeDataString(id)}/rerun"), "re-run the job", cancellationToken);

    public Task DeleteJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(SingleAttemptRequest(HttpMethod.Delete, $"api/jobs/{Escape(id)}"), "delete the job", cancellationToken);

    /// <summary>One job with its result.</summary>
    public Task<JobView> GetJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(new HttpRequestMessage(HttpMethod.Get, $"api/jobs/{Escape(id)}"), "load the job", cancellationToken);

    /// <summary>The lineups of an optimize job the player kept, and what they add up to.</summary>
    public Task<KeptPortfolio> GetKeptPortfolioAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<KeptPortfolio>(new HttpRequestMessage(HttpMethod.Get, $"api/jobs/{Escape(id)}/portfolio"), "load the kept lineups", cancellationToken);

    /// <summary>Removes lineup <paramref name="number"/> (from 1) from the job's exports and entries fill; the kept portfolio comes back.</summary>
    public Task<KeptPortfolio> RemoveLineupAsync(string id, int number, CancellationToken cancellationToken = default) =>
        SendAsync<KeptPortfolio>(SingleAttemptRequest(HttpMethod.Delete, $"api/jobs/{Escape(id)}/lineups/{number}"), "remove the lineup", cancellationToken);

    /// <summary>Locks lineup <paramref name="number"/> into the job's portfolio (it cannot be removed while locked), or unlocks it; the kept portfolio comes back.</summary>
    public Task<KeptPortfolio> LockLineupAsync(string id, int number, bool locked, CancellationToken cancellationToken = default) =>
        SendAsync<KeptPortfolio>(
            SingleAttemptRequest(locked ? HttpMethod.Put : HttpMethod.Delete, $"api/jobs/{Escape(id)}/lineups/{number}/lock"), locked ? "lock the lineup" : "unlock the lineup", cancellationToken);

    /// <summary>Queues an optimization; a 400 comes out with its field errors in <see cref="RaceOptimizerApiException.Errors"/>.</summary>
    public Task<JobView> StartOptimizationAsync(string name, string slateId, bool gpuOffload, OptimizeOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(JobRequest.For(JobType.Optimize, name, slateId, gpuOffload, options), "start the optimization", cancellationToken);

    /// <summary>Queues a backtest over imported history (no slate); a 400 comes out with its field errors in <see cref="RaceOptimizerApiException.Errors"/>.</summary>
    public Task<JobView> StartBacktestAsync(string name, BacktestJobOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(JobRequest.For(JobType.Backtest, name, slateId: null, gpuOffload: null, options), "start the backtest", cancellationToken);

    /// <summary>A job's export: `json` (the job whole), `dk` or `fd` (the upload CSV of an optimize job; with <paramref name="driver"/>, only its lineups holding him).</summary>
    public Task<ApiFile> ExportJobAsync(string id, string format, string? driver = null, CancellationToken cancellationToken = default) =>
        DownloadAsync(
            $"api/jobs/{Escape(id)}/export?format={Escape(format)}{(driver is null ? "" : $"&driver={Escape(driver)}")}",
            "export the job", $"{id}.{(format == "json" ? "json" : "csv")}", cancellationToken);

    /// <summary>
    /// A DraftKings entries file (`DKEntries.csv`) or FanDuel's, filled with an optimize job's lineups of the same site, each
    /// contest's entries spread over the portfolio; a bad file comes out with its problems by line in <see cref="RaceOptimizerApiException.Problems"/>.
    /// </summary>
    public Task<ApiFile> FillEntriesAsync(string id, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "entries", fileName } };
        return DownloadAsync(SingleAttemptRequest(HttpMethod.Post, $"api/jobs/{Escape(id)}/entries", form), "fill the entries file", $"{Path.GetFileNameWithoutExtension(fileName)}-filled.csv", cancellationToken);
    }

    /// <summary>The whole job history as one JSON document.</summary>
    public Task<ApiFile> ExportJobsAsync(CancellationToken cancellationToken = default) =>
        DownloadAsync("api/jobs/export", "export the job history", "raceoptimizer-jobs.json", cancellationToken);

    /// <summary>Posts the shared request body: null fields are left out, so the API applies its own defaults (the GPU setting for `gpuOffload`).</summary>
    private Task<JobView> StartAsync(JobRequest job, string operation, CancellationToken cancellationToken) =>
        SendAsync<JobView>(SingleAttemptRequest(HttpMethod.Post, "api/jobs", JsonContent.Create(job, options: RequestOptions)), operation, cancellationToken);
}
