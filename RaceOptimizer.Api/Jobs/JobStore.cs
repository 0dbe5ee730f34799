using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// The job table's state changes. Each is one conditional UPDATE, so when two runners (or two API replicas) race
/// for the same job, SQLite lets exactly one of them win and the other sees zero rows changed.
/// </summary>
public sealed class JobStore(RaceOptimizerDb db)
{
    /// <summary>New jobs, in one transaction (<see cref="JobInbox"/> gathers them).</summary>
    public async Task AddAsync(IEnumerable<JobRecord> jobs, CancellationToken cancellationToken)
    {
        db.Jobs.AddRange(jobs);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<JobRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);

    /// <summary>queued -> running, owned by <paramref name="runToken"/>; false when the job is no longer queued.</summary>
    public async Task<bool> TryStartAsync(string id, string runToken, ExecutionChoice execution, DateTimeOffset now) =>
        await db.Jobs
            .Where(j => j.Id == id && j.Status == JobStatus.Queued && !j.CancelRequested)
            .ExecuteUpdateAsync(job => job
                .SetProperty(j => j.Status, JobStatus.Running)
                .SetProperty(j => j.RunToken, runToken)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.StartedAt, now)
                .SetProperty(j => j.HeartbeatAt, now)
                .SetProperty(j => j.ExecutionMode, execution.Mode)
                .SetProperty(j => j.FallbackReason, execution.FallbackReason)
                .SetProperty(j => j.DeviceName, execution.DeviceName)
                .SetProperty(j => j.WorkerInstance, execution.WorkerInstance)
                .SetProperty(j => j.Shards, (string?)null)
                .SetProperty(j => j.ProgressPercent, 0)
                .SetProperty(j => j.ProgressMessage, "started")) == 1;

    /// <summary>Records where the run computes; false when the run no longer owns the job.</summary>
    public async Task<bool> RecordExecutionAsync(string id, string runToken, ExecutionChoice execution) =>
        await Owned(id, runToken)
            .ExecuteUpdateAsync(job => job
                .SetProperty(j => j.ExecutionMode, execution.Mode)
                .SetProperty(j => j.FallbackReason, execution.FallbackReason)
                .SetProperty(j => j.DeviceName, execution.DeviceName)
                .SetProperty(j => j.WorkerInstance, execution.WorkerInstance)) == 1;

    /// <summary>Records where a split run's shards ran (<see cref="JobRecord.ShardsJson"/>); false when the run no longer owns the job.</summary>
    public async Task<bool> RecordShardsAsync(string id, string runToken, string shards) =>
        await Owned(id, runToken).ExecuteUpdateAsync(job => job.SetProperty(j => j.Shards, shards)) == 1;

    /// <summary>Records the trace of the run, so a re-run after a lost lease points at its own trace; false when the run no longer owns the job.</summary>
    public async Task<bool> RecordTraceAsync(string id, string runToken, string traceId) =>
        await Owned(id, runToken).ExecuteUpdateAsync(job => job.SetProperty(j => j.TraceId, traceId)) == 1;

    /// <summary>A heartbeat: the run is alive, and how far it got; false when the run no longer owns the job.</summary>
    public async Task<bool> ReportProgressAsync(string id, string runToken, JobProgress progress, DateTimeOffset now) =>
        await Owned(id, runToken)
            .ExecuteUpdateAsync(job => job
                .SetProperty(j => j.HeartbeatAt, now)
                .SetProperty(j => j.ProgressPercent, progress.Percent)
                .SetProperty(j => j.ProgressMessage, progress.Message)) == 1;

    /// <summary>Says on each of these jobs that its points matrices were evicted, unless one already says so.</summary>
    public Task<int> MarkPointsEvictedAsync(IReadOnlyCollection<string> ids, DateTimeOffset now) =>
        db.Jobs.Where(j => ids.Contains(j.Id) && j.PointsEvictedAt == null)
            .ExecuteUpdateAsync(job => job.SetProperty(j => j.PointsEvictedAt, now));

    public async Task<bool> IsCancelRequestedAsync(string id, CancellationToken cancellationToken) =>
        await db.Jobs.Where(j => j.Id == id).Select(j => j.CancelRequested).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Ends a run: completed with its result, failed with its error, or cancelled.</summary>
    public async Task<bool> FinishAsync(string id, string runToken, JobOutcome outcome, DateTimeOffset startedAt, DateTimeOffset now) =>
        await Owned(id, runToken)
            .ExecuteUpdateAsync(job => job
                .SetProperty(j => j.Status, outcome.Status)
                .SetProperty(j => j.Result, outcome.Result)
                .SetProperty(j => j.Error, outcome.Error)
                .SetProperty(j => j.LockedLineups, outcome.LockedLineups.ToList())
                .SetProperty(j => j.ProgressPercent, j => outcome.Status == JobStatus.Completed ? 100 : j.ProgressPercent)
                .SetProperty(j => j.ProgressMessage, outcome.Status.Name())
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.DurationMs, (now - startedAt).TotalMilliseconds)
                .SetProperty(j => j.RunToken, (string?)null)
                .SetProperty(j => j.HeartbeatAt, (DateTimeOffset?)null)) == 1;

    /// <summary>
    /// running -> queued for a run that will not finish: its process died (the run is charged), or it hands the job back
    /// alive, its host stopping (<paramref name="charged"/> false: the run is not counted against the job).
    /// </summary>
    public async Task<bool> RequeueAsync(string id, string runToken, string reason, bool charged)
    {
        var refund = charged ? 0 : 1;
        return await Owned(id, runToken)
            .ExecuteUpdateAsync(job => job
                .SetProperty(j => j.Status, JobStatus.Queued)
                .SetProperty(j => j.Attempts, j => j.Attempts - refund)
                .SetProperty(j => j.RunToken, (string?)null)
                .SetProperty(j => j.HeartbeatAt, (DateTimeOffset?)null)
                .SetProperty(j => j.ProgressMessage, reason)) == 1;
    }

    /// <summary>A queued job is cancelled at once; true when it was still queued.</summary>
    public async Task<bool> CancelQueuedAsync(string id, DateTimeOffset now) =>
        await db.Jobs
            .Where(j => j.Id == id && j.Status == JobStatus.Queued)
            .ExecuteUpdateAsync(job => job
                .SetProperty(j => j.Status, JobStatus.Cancelled)
                .SetProperty(j => j.CancelRequested, true)
                .SetProperty(j => j.ProgressMessage, JobStatus.Cancelled.Name())
                .SetProperty(j => j.FinishedAt, now)) == 1;

    /// <summary>Asks the runner of a running job to stop; it answers by ending the job `cancelled`.</summary>
    public async Task<bool> RequestCancelAsync(string id) =>
        await db.Jobs
            .Where(j => j.Id == id && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(job => job.SetProperty(j => j.CancelRequested, true)) == 1;

    public Task<List<RunningJob>> RunningAsync(CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking()
            .Where(j => j.Status == JobStatus.Running)
            .Select(j => new RunningJob(j.Id, j.RunToken!, j.Attempts, j.StartedAt!.Value, j.HeartbeatAt))
            .ToListAsync(cancellationToken);

    public Task<List<string>> QueuedIdsAsync(CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Queued).OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync(cancellationToken);

    private IQueryable<JobRecord> Owned(string id, string runToken) =>
        db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Running && j.RunToken == runToken);
}

/// <summary>A job some runner claimed; its lease in Redis, or failing that its last heartbeat in SQLite, says whether that runner is still alive.</summary>
public sealed record RunningJob(string Id, string RunToken, int Attempts, DateTimeOffset StartedAt, DateTimeOffset? HeartbeatAt);

/// <summary>How a run ended.</summary>
public sealed record JobOutcome(JobStatus Status, string? Result, string? Error)
{
    /// <summary>The lineups the finished job starts out with locked (<see cref="KeptLineups.LockedAtCompletion"/>).</summary>
    public IReadOnlyList<int> LockedLineups { get; init; } = [];

    public static JobOutcome Completed(string result) => new(JobStatus.Completed, result, null);

    public static JobOutcome Failed(string error) => new(JobStatus.Failed, null, error);

    public static JobOutcome Cancelled { get; } = new(JobStatus.Cancelled, null, "cancelled by the user");
}

/// <summary>A running job's progress: percent done and what it is doing.</summary>
public sealed record JobProgress(double Percent, string Message);
