namespace RaceOptimizer.Api.Jobs;

/// <summary>A change of a job's status or progress, as published on Redis and streamed to browsers.</summary>
public sealed record JobEvent(
    string Id,
    string Name,
    JobType Type,
    JobStatus Status,
    double ProgressPercent,
    string? ProgressMessage,
    ExecutionMode? ExecutionMode,
    DateTimeOffset At)
{
    public static JobEvent Of(JobRecord job, DateTimeOffset at) =>
        new(job.Id, job.Name, job.Type, job.Status, job.ProgressPercent, job.ProgressMessage, job.ExecutionMode, at);
}
