using System.Text.Json;

namespace RaceOptimizer.Api.Jobs;

/// <summary>A job as the API shows it: config and result as JSON, not strings. Lists leave the result out.</summary>
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
    int Attempts)
{
    public static JobView Of(JobRecord job, bool withResult = true) => new(
        job.Id,
        job.Name,
        job.Type,
        job.Status,
        job.SlateId,
        job.GpuOffload,
        Parse(job.Config) ?? default,
        withResult ? Parse(job.Result) : null,
        job.Error,
        job.ProgressPercent,
        job.ProgressMessage,
        job.ExecutionMode,
        job.FallbackReason,
        job.DeviceName,
        job.WorkerInstance,
        job.TraceId,
        job.CreatedAt,
        job.StartedAt,
        job.FinishedAt,
        job.DurationMs,
        job.RerunOf,
        job.Attempts);

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
