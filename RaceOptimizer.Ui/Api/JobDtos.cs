using System.Text.Json;

namespace RaceOptimizer.Ui.Api;

/// <summary>A job as `GET /api/jobs` and the job actions return it (lists leave the result out).</summary>
public sealed record JobInfo(
    string Id,
    string Name,
    string Type,
    string Status,
    string? SlateId,
    bool GpuOffload,
    JsonElement Config,
    JsonElement? Result,
    string? Error,
    double ProgressPercent,
    string? ProgressMessage,
    string? ExecutionMode,
    string? FallbackReason,
    string? DeviceName,
    string? WorkerInstance,
    string? TraceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationMs,
    string? RerunOf,
    int Attempts)
{
    public bool IsActive => Status is JobStatuses.Queued or JobStatuses.Running;

    public bool IsFinished => Status is JobStatuses.Completed or JobStatuses.Failed or JobStatuses.Cancelled;
}

/// <summary>The job statuses and types the API knows.</summary>
public static class JobStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static readonly string[] All = [Queued, Running, Completed, Failed, Cancelled];
}

public static class JobTypes
{
    public const string Simulate = "simulate";
    public const string Optimize = "optimize";
    public const string Backtest = "backtest";

    public static readonly string[] All = [Simulate, Optimize, Backtest];
}

/// <summary>One page of the job history, newest first.</summary>
public sealed record JobPage(IReadOnlyList<JobInfo> Items, int Page, int PageSize, int Total);

/// <summary>`GET /api/jobs/stats`: the history at a glance.</summary>
public sealed record JobStats(
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByMode,
    double? SuccessRate,
    double? MeanDurationMs,
    double? MedianDurationMs)
{
    public int CountOf(string status) => ByStatus.TryGetValue(status, out var count) ? count : 0;

    /// <summary>The share of jobs that ran on the GPU among those that ran anywhere; null before any ran.</summary>
    public double? GpuShare
    {
        get
        {
            var ran = ByMode.Values.Sum();
            return ran == 0 ? null : (ByMode.TryGetValue("gpu", out var gpu) ? gpu : 0) / (double)ran;
        }
    }
}

/// <summary>What the jobs list is filtered by; empty means "any".</summary>
public sealed record JobFilter(string? Status = null, string? Type = null, string? Search = null, int Page = 1, int PageSize = 50);

/// <summary>A slate as `GET /api/slates` lists it.</summary>
public sealed record SlateSummary(string Id, string Name, string Site, SlateRace Race, int DriverCount, DateTimeOffset CreatedAt, bool HasResults);

public sealed record SlateRace(string Name);

/// <summary>The body of `POST /api/jobs` for a simulation.</summary>
public sealed record NewSimulationRequest(string Name, string SlateId, SimulateOptions Simulate)
{
    public string Type => JobTypes.Simulate;
}

public sealed record SimulateOptions(int Simulations);
