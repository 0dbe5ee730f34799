using Microsoft.Extensions.Options;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// An offloaded simulation on the worker: in one call up to <see cref="ShardOptions.SplitAbove"/> races, above it split
/// into seed ranges (<see cref="RaceRange"/>) sent at once, each on its own connection, so the proxy in front of the
/// replicas spreads them, each tried again elsewhere then run here (<see cref="ShardRunner"/>). The shards merge into
/// exactly the unsplit run (simulation i draws from stream (seed, i) wherever it runs).
/// </summary>
public sealed class ShardedSimulation(GpuWorkerClient worker, ShardRunner shards, IOptions<ShardOptions> options)
{
    public async Task<WorkerReply<SimulationResult>> RunAsync(
        JobExecution job, GpuConnection connection, RaceSetup setup, SimulationOptions run, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!options.Value.Splits || run.Simulations <= options.Value.SplitAbove)
        {
            var whole = await worker.SimulateAsync(connection, setup, run, RaceRange.All(run), progress, cancellationToken);
            return new(RaceSimulator.Default.Merge(setup, run, [whole.Value]), whole.Instance);
        }

        var stage = shards.Recorded.NextStage();
        var ranges = RaceRange.Split(run.Simulations, options.Value.Count);
        var together = new ShardProgress([.. ranges.Select(races => races.Count)], progress);
        var ran = await Task.WhenAll(ranges.Select((races, i) => RunShardAsync(job, stage, connection, setup, run, races, together.Of(i), cancellationToken)));
        // Several instances computed it: the job's shards name them, one each.
        return new(RaceSimulator.Default.Merge(setup, run, ran), null);
    }

    private Task<RaceShard> RunShardAsync(
        JobExecution job, int stage, GpuConnection connection, RaceSetup setup, SimulationOptions run, RaceRange races, IProgress<double> progress, CancellationToken cancellationToken) =>
        shards.RunAsync(
            job,
            "simulate shard",
            ShardRunner.Planned(stage, JobShard.RacesWork, races.First, races.Count),
            token => worker.SimulateAsync(connection, setup, run, races, progress, token),
            () => RaceSimulator.Default.RunShard(setup, run, races, progress, cancellationToken),
            progress,
            cancellationToken);
}
