namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// One job as SQLite keeps it: the source of truth for its status. Redis only carries its id through the queue.
/// </summary>
public sealed class JobRecord
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required JobType Type { get; set; }

    public JobStatus Status { get; set; } = JobStatus.Queued;

    public string? SlateId { get; set; }

    public bool GpuOffload { get; set; }

    /// <summary>The type's typed options as JSON (<see cref="Options.JobOptionsJson"/>), so a re-run repeats exactly the same work.</summary>
    public required string Config { get; set; }

    /// <summary>The result document (JSON) of a completed job.</summary>
    public string? Result { get; set; }

    public string? Error { get; set; }

    public double ProgressPercent { get; set; }

    public string? ProgressMessage { get; set; }

    public ExecutionMode? ExecutionMode { get; set; }

    public string? FallbackReason { get; set; }

    public string? DeviceName { get; set; }

    /// <summary>Which GPU worker process computed the run (its reply names it: replicas share one address); null off the GPU.</summary>
    public string? WorkerInstance { get; set; }

    /// <summary>Where each shard of a run split across the worker's replicas ran, as JSON (<see cref="JobShard"/>s); null for a run not split.</summary>
    public string? Shards { get; set; }

    public static string ShardsJson(IReadOnlyList<JobShard> shards) => System.Text.Json.JsonSerializer.Serialize(shards, System.Text.Json.JsonSerializerOptions.Web);

    /// <summary>
    /// The W3C trace id (32 hex digits) of the job's latest run, so the UI can link to its trace in the dashboard;
    /// null before a run starts or when the run was not traced.
    /// </summary>
    public string? TraceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public double? DurationMs { get; set; }

    public string? RerunOf { get; set; }

    /// <summary>
    /// The runs charged to it: each start counts, except a run handed back (its API stopping) or whose lease Redis forgot
    /// (a wipe, a restart) while its runner lived. A run lost to a dead process counts, and the last allowed one fails
    /// it as `interrupted`.
    /// </summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Names the run that owns the job while it is `running`. Every write of a run is conditional on it, so a
    /// runner that lost its lease (its process paused, Redis was wiped) can never overwrite a newer run.
    /// </summary>
    public string? RunToken { get; set; }

    /// <summary>
    /// When the run that owns the job last proved alive in SQLite (every heartbeat). Recovery tells a dead runner (stale)
    /// from a lease Redis forgot (fresh) by it; null when no run holds the job.
    /// </summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    public bool CancelRequested { get; set; }

    /// <summary>
    /// When the simulation quota removed the points matrices this simulate job kept (<see cref="Handlers.SimulationQuota"/>);
    /// null while they are kept, or when none were.
    /// </summary>
    public DateTimeOffset? PointsEvictedAt { get; set; }

    /// <summary>
    /// The numbers (from 1) of an optimize job's lineups the player removed, ascending: the result keeps every lineup as
    /// built, and exports, the entries fill and the kept portfolio leave these out.
    /// </summary>
    public List<int> RemovedLineups { get; set; } = [];

    /// <summary>
    /// The numbers (from 1) of an optimize job's lineups the player locked into the portfolio, ascending: a locked lineup
    /// is never in <see cref="RemovedLineups"/>, and removing it is refused until it is unlocked.
    /// </summary>
    public List<int> LockedLineups { get; set; } = [];
}
