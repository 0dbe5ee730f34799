using System.Diagnostics;
using Microsoft.Extensions.Options;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// An offloaded simulation on the worker: in one call up to <see cref="ShardOptions.SplitAbove"/> races, above it split
/// into seed ranges (<see cref="RaceRange"/>) sent at once, each on its own connection, so the proxy in front of the
/// replicas spreads them. A shard that fails is tried again on a fresh connection, then run on this CPU, so one dead
/// replica costs its shards' time, not the job. The shards merge into exactly the unsplit run (simulation i draws from
/// stream (seed, i) wherever it runs). Each try is a `simulate shard` span under the job's `offload job` span, naming
/// the instance, device and mode; the job records where each shard ran as each one ends.
/// </summary>
public sealed class ShardedSimulation(GpuWorkerClient worker, IOptions<ShardOptions> options, ILogger<ShardedSimulation> logger)
{
    /// <summary>The shards of this run's earlier split simulations (scoped to one run): the job keeps them all.</summary>
    private readonly List<JobShard> earlier = [];
    private int stages;

    public async Task<WorkerReply<SimulationResult>> RunAsync(
        JobExecution job, GpuConnection connection, RaceSetup setup, SimulationOptions run, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(run);
        var shards = options.Value;
        if (run.Simulations <= shards.SplitAbove)
        {
            var whole = await worker.SimulateAsync(connection, setup, run, RaceRange.All(run), progress, cancellationToken);
            return new(RaceSimulator.Default.Merge(setup, run, [whole.Value]), whole.Instance);
        }

        var stage = ++stages;
        var ranges = RaceRange.Split(run.Simulations, shards.Count);
        var together = new ShardProgress(ranges, progress);
        var ran = new RanShards(job, earlier);
        await Task.WhenAll(ranges.Select(async (races, i) => await ran.AddAsync(await RunShardAsync(job, stage, connection, setup, run, races, together.Of(i), cancellationToken))));
        earlier.AddRange(ran.Records);
        // Several instances computed it: the job's shards name them, one each.
        return new(RaceSimulator.Default.Merge(setup, run, ran.Races), null);
    }

    private async Task<RanShard> RunShardAsync(
        JobExecution job, int stage, GpuConnection connection, RaceSetup setup, SimulationOptions run, RaceRange races, IProgress<double> progress, CancellationToken cancellationToken)
    {
        GpuOffloadException? failure = null;
        for (var tries = 1; tries <= options.Value.WorkerTries; tries++)
        {
            using var span = ShardSpan(races);
            span?.SetTag(RaceOptimizerTelemetry.Attributes.ShardTry, tries);
            try
            {
                var reply = await worker.SimulateAsync(connection, setup, run, races, progress, cancellationToken);
                var device = reply.Device ?? "unnamed device";
                Ran(span, ExecutionMode.Gpu, device, reply.Instance);
                return new(reply.Value, new JobShard(stage, races.First, races.Count, ExecutionMode.Gpu, device, reply.Instance, tries, null));
            }
            catch (GpuOffloadException exception)
            {
                failure = exception;
                span?.SetStatus(ActivityStatusCode.Error, exception.Message);
                span?.SetTag(RaceOptimizerTelemetry.Attributes.FallbackReason, exception.Reason);
                logger.LogWarning(exception, "Job {JobId}: races {Races} failed on the worker ({Reason}), try {Try}", job.Id, races, exception.Reason, tries);
                // The next try starts the shard over.
                progress.Report(0);
            }
        }

        var reason = failure!.Reason;
        using var local = ShardSpan(races);
        Ran(local, ExecutionMode.Fallback, ExecutionChoice.LocalDevice, null);
        local?.SetTag(RaceOptimizerTelemetry.Attributes.FallbackReason, reason);
        var shard = RaceSimulator.Default.RunShard(setup, run, races, progress, cancellationToken);
        return new(shard, new JobShard(stage, races.First, races.Count, ExecutionMode.Fallback, ExecutionChoice.LocalDevice, null, options.Value.WorkerTries, reason));
    }

    private static Activity? ShardSpan(RaceRange races)
    {
        var span = ApiTelemetry.Source.StartActivity("simulate shard", ActivityKind.Client);
        span?.SetTag(RaceOptimizerTelemetry.Attributes.ShardFirst, races.First);
        span?.SetTag(RaceOptimizerTelemetry.Attributes.Simulations, races.Count);
        return span;
    }

    private static void Ran(Activity? span, ExecutionMode mode, string device, string? instance)
    {
        span?.SetTag(RaceOptimizerTelemetry.Attributes.ExecutionMode, mode.Name());
        span?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, device);
        span?.SetTag(RaceOptimizerTelemetry.Attributes.WorkerInstance, instance);
    }

    private sealed record RanShard(RaceShard Races, JobShard Record);

    /// <summary>
    /// The shards of one split simulation done so far; the job records them, after the run's earlier stages, as each
    /// one ends, so a running job shows where its shards went.
    /// </summary>
    private sealed class RanShards(JobExecution job, IReadOnlyList<JobShard> earlier)
    {
        private readonly List<RanShard> ran = [];
        private readonly SemaphoreSlim oneRecord = new(1, 1);

        public IEnumerable<RaceShard> Races => ran.Select(shard => shard.Races);

        public IEnumerable<JobShard> Records => ran.Select(shard => shard.Record).OrderBy(record => record.First);

        public async Task AddAsync(RanShard shard)
        {
            // One record at a time, each with every shard before it: a slower write never replaces a longer list.
            await oneRecord.WaitAsync(CancellationToken.None);
            try
            {
                ran.Add(shard);
                await job.RecordShardsAsync([.. earlier, .. Records]);
            }
            finally
            {
                oneRecord.Release();
            }
        }
    }
}
