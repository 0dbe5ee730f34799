using System.Diagnostics;
using Microsoft.Extensions.Options;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// Runs one shard of a split stage, races or lineups alike: on the worker, tried again on another connection (so most
/// likely another replica) up to <see cref="ShardOptions.WorkerTries"/> calls, then on this CPU, so one dead replica
/// costs its shards' time, not the job. Each try is a client span (`simulate shard`, `score shard`) under the job's
/// `offload job` span naming the instance, device and mode; the job records the shard when it ends (<see cref="JobShards"/>).
/// </summary>
public sealed class ShardRunner(JobShards recorded, IOptions<ShardOptions> options, ILogger<ShardRunner> logger)
{
    public JobShards Recorded => recorded;

    /// <summary>A shard as planned, before it runs: where it ran is filled in when it ends.</summary>
    public static JobShard Planned(int stage, string work, int first, int count) => new(stage, work, first, count, ExecutionMode.Gpu, "", null, 0, null);

    /// <param name="shard">The shard as planned (<see cref="Planned"/>).</param>
    /// <param name="onWorker">One try on the worker; a failure is a <see cref="GpuOffloadException"/>.</param>
    /// <param name="here">The shard on this CPU, after the last try failed.</param>
    /// <param name="progress">The shard's fraction done; a new try starts it over at 0.</param>
    public async Task<T> RunAsync<T>(
        JobExecution job, string spanName, JobShard shard, Func<CancellationToken, Task<WorkerReply<T>>> onWorker, Func<T> here, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(shard);
        ArgumentNullException.ThrowIfNull(onWorker);
        ArgumentNullException.ThrowIfNull(here);
        ArgumentNullException.ThrowIfNull(progress);
        var tries = options.Value.WorkerTries;
        GpuOffloadException? failure = null;
        for (var attempt = 1; attempt <= tries; attempt++)
        {
            using var span = Span(spanName, shard);
            span?.SetTag(RaceOptimizerTelemetry.Attributes.ShardTry, attempt);
            try
            {
                var reply = await onWorker(cancellationToken);
                var ran = shard with { Mode = ExecutionMode.Gpu, DeviceName = reply.Device ?? "unnamed device", WorkerInstance = reply.Instance, Tries = attempt };
                Ran(span, ran);
                await recorded.AddAsync(job, ran);
                return reply.Value;
            }
            catch (GpuOffloadException exception)
            {
                failure = exception;
                span?.SetStatus(ActivityStatusCode.Error, exception.Message);
                span?.SetTag(RaceOptimizerTelemetry.Attributes.FallbackReason, exception.Reason);
                logger.LogWarning(exception, "Job {JobId}: {Work} {First} to {Last} failed on the worker ({Reason}), try {Try}", job.Id, shard.Work, shard.First, shard.First + shard.Count - 1, exception.Reason, attempt);
                progress.Report(0);
            }
        }

        var local = shard with { Mode = ExecutionMode.Fallback, DeviceName = ExecutionChoice.LocalDevice, WorkerInstance = null, Tries = tries, FallbackReason = failure!.Reason };
        using (var span = Span(spanName, local))
        {
            Ran(span, local);
            span?.SetTag(RaceOptimizerTelemetry.Attributes.FallbackReason, local.FallbackReason);
            var value = here();
            await recorded.AddAsync(job, local);
            return value;
        }
    }

    private static Activity? Span(string name, JobShard shard)
    {
        var span = ApiTelemetry.Source.StartActivity(name, ActivityKind.Client);
        span?.SetTag(RaceOptimizerTelemetry.Attributes.ShardFirst, shard.First);
        span?.SetTag(shard.Work == JobShard.RacesWork ? RaceOptimizerTelemetry.Attributes.Simulations : RaceOptimizerTelemetry.Attributes.Lineups, shard.Count);
        return span;
    }

    private static void Ran(Activity? span, JobShard shard)
    {
        span?.SetTag(RaceOptimizerTelemetry.Attributes.ExecutionMode, shard.Mode.Name());
        span?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, shard.DeviceName);
        span?.SetTag(RaceOptimizerTelemetry.Attributes.WorkerInstance, shard.WorkerInstance);
    }
}
