using System.Text.Json.Nodes;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Runs one type of job (`simulate`, `optimize`, `backtest`), registered under the type's name as a keyed service. A
/// type is accepted by `POST /api/jobs` only once a handler for it is registered, so the API never queues work it
/// cannot do. Handlers are scoped: the runner resolves one in each run's own scope, with the services it takes by its
/// constructor. Its options arrive typed and already checked (<see cref="JobSubmission"/>). A handler runs on the job
/// compute threads (<see cref="JobComputeScheduler"/>), so its CPU work runs inline: a Task.Run would move it back to
/// the pool that serves requests.
/// </summary>
public interface IJobHandler
{
    Task<JsonNode> RunAsync(JobExecution job, CancellationToken cancellationToken);
}

/// <summary>What a handler gets for one run: the job, its typed options, and where to report progress.</summary>
public sealed record JobExecution(
    string Id,
    string? SlateId,
    IJobOptions Options,
    IProgress<JobProgress> Progress)
{
    /// <summary>Whether the job asked to run on the GPU worker (see <see cref="GpuWorker.ExecutionRouter"/>).</summary>
    public bool GpuOffload { get; init; }

    /// <summary>Records where the run computes (on the job, its `run job` span and its events); the router calls it.</summary>
    public Func<ExecutionChoice, Task> RecordExecutionAsync { get; init; } = _ => Task.CompletedTask;

    /// <summary>Records where each shard of a run split across the worker's replicas ran (<see cref="GpuWorker.ShardedSimulation"/>).</summary>
    public Func<IReadOnlyList<JobShard>, Task> RecordShardsAsync { get; init; } = _ => Task.CompletedTask;

    /// <summary>The percent last reported, so that a message about waiting leaves the bar where the work left it.</summary>
    public double LatestPercent => Progress is RunState run ? run.Latest.Percent : 0;

    /// <summary>The options as the handler's type reads them.</summary>
    public T OptionsAs<T>()
        where T : IJobOptions =>
        Options is T options ? options : throw new InvalidOperationException($"Job {Id} has {Options.GetType().Name}, not {typeof(T).Name}.");
}
