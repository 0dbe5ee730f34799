using System.Text.Json;

namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// A job as `GET /api/jobs/{id}`, the lists and the job actions show it: config and result as JSON, not strings (their
/// shapes are the job options and the result records of this project). Lists
/// leave the result out.
/// </summary>
/// <param name="FallbackReason">
/// One of <see cref="FallbackReasons"/>: why a `fallback` job left the worker, or why a `local` job that asked for the
/// worker never went there (`worker-slower`); null otherwise.
/// </param>
/// <param name="PointsEvictedAt">When the simulation quota removed the points matrices this simulate job kept; null while kept, or when none were.</param>
/// <param name="Shards">Where each shard of a job split across the worker's replicas ran; null for a job that was not split.</param>
public sealed record JobView(
    string Id,
    string Name,
    JobType Type,
    JobStatus Status,
    string? SlateId,
    bool GpuOffload,
    JsonElement Config,
    JsonElement? Result,
    string? Error,
    double ProgressPercent,
    string? ProgressMessage,
    ExecutionMode? ExecutionMode,
    string? FallbackReason,
    string? DeviceName,
    string? WorkerInstance,
    string? TraceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationMs,
    string? RerunOf,
    int Attempts,
    DateTimeOffset? PointsEvictedAt = null,
    IReadOnlyList<JobShard>? Shards = null);

/// <summary>A change of a job's status or progress, as published on Redis and streamed by `GET /api/jobs/events`.</summary>
public sealed record JobEvent(
    string Id,
    string Name,
    JobType Type,
    JobStatus Status,
    double ProgressPercent,
    string? ProgressMessage,
    ExecutionMode? ExecutionMode,
    DateTimeOffset At);

/// <summary>A page of the history, newest first.</summary>
public sealed record JobPage(IReadOnlyList<JobView> Items, int Page, int PageSize, int Total);

/// <summary>`GET /api/jobs/stats`: what the history says at a glance; counts keyed by status and mode names.</summary>
public sealed record JobStats(
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByMode,
    double? SuccessRate,
    double? MeanDurationMs,
    double? MedianDurationMs);
