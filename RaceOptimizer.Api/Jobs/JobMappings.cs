using System.Text.Json;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// How a stored job becomes the public contract's <see cref="JobView"/> and <see cref="JobEvent"/>. Extension members,
/// so the contract stays free of the API's records and callers still write <c>JobView.Of(job)</c>.
/// </summary>
public static class JobMappings
{
    extension(JobView)
    {
        /// <summary>The job with its config and result parsed; lists leave the result out.</summary>
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
            job.Attempts,
            job.PointsEvictedAt,
            job.Shards is null ? null : JsonSerializer.Deserialize<List<JobShard>>(job.Shards, JsonSerializerOptions.Web));
    }

    extension(JobEvent)
    {
        public static JobEvent Of(JobRecord job, DateTimeOffset at) =>
            new(job.Id, job.Name, job.Type, job.Status, job.ProgressPercent, job.ProgressMessage, job.ExecutionMode, at);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
