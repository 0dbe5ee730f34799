using System.Text.Json;
using System.Text.Json.Nodes;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Runs one type of job (`simulate`, `optimize`, `backtest`). A type is accepted by `POST /api/jobs` only once a
/// handler for it is registered, so the API never queues work it cannot do.
/// </summary>
public interface IJobHandler
{
    string Type { get; }

    bool NeedsSlate { get; }

    /// <summary>Checks the type's options; errors are keyed by field path, e.g. `simulate.simulations`.</summary>
    IDictionary<string, string[]> Validate(JsonElement? options);

    /// <summary>Checks valid options against the job's slate (player ids, contradicting constraints).</summary>
    IDictionary<string, string[]> ValidateForSlate(JsonElement? options, Core.Slates.Slate slate) => new Dictionary<string, string[]>();

    Task<JsonNode> RunAsync(JobExecution job, CancellationToken cancellationToken);
}

/// <summary>What a handler gets for one run: the job, its options, a scope for services, and where to report progress.</summary>
public sealed record JobExecution(
    string Id,
    string? SlateId,
    JsonElement Options,
    IServiceProvider Services,
    IProgress<JobProgress> Progress)
{
    /// <summary>Whether the job asked to run on the GPU worker (see <see cref="GpuWorker.ExecutionRouter"/>).</summary>
    public bool GpuOffload { get; init; }

    /// <summary>Records where the run computes (on the job, its `run job` span and its events); the router calls it.</summary>
    public Func<ExecutionChoice, Task> RecordExecutionAsync { get; init; } = _ => Task.CompletedTask;
}
