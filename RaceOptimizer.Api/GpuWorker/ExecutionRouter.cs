using System.Diagnostics;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// Decides, per job, where its work runs, and keeps the job going whatever the worker does. A job without `gpuOffload`
/// runs locally. Otherwise the worker is probed (`/device`, which also proves the key and reports the device's speed)
/// inside an `offload job` client span. When the <see cref="OffloadEstimate"/> says the job would finish sooner here (a
/// worker on ILGPU's CPU accelerator, or a job too small to pay the round trips) it runs `local` with the reason
/// `worker-slower`, unless the settings force offload. Otherwise the GPU attempt runs; any failure of the worker, before
/// or during the attempt, ends that span in error and the job continues on the local CPU as `fallback` with the reason.
/// Only the job's own cancellation is not a failure. While a call waits on a silent worker, the job's progress counts
/// down to the fallback. Each job type hands over its two ways of doing the work, so the router serves every type
/// alike. The worker instance that computed (the reply names it: replicas share one address) goes on the span and the
/// job. A job may route several stages (an optimize job: its simulations, then its lineup scoring); the router lives
/// as long as one run, and once a stage has stayed on the CPU the later ones do too instead of asking a failed or
/// slower worker again.
/// </summary>
public sealed class ExecutionRouter(
    GpuWorkerClient worker,
    GpuConnections connections,
    LocalThroughput local,
    TimeProvider time,
    ILogger<ExecutionRouter> logger)
{
    private bool staysLocal;

    /// <summary>A stage already ran on the worker: the job's route is decided, and a later stage near break-even does not split it.</summary>
    private bool onWorker;

    public async Task<T> RunAsync<T>(
        JobExecution job,
        Func<GpuConnection, CancellationToken, Task<WorkerReply<T>>> onGpu,
        Func<CancellationToken, Task<T>> locally,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(onGpu);
        ArgumentNullException.ThrowIfNull(locally);
        if (staysLocal)
        {
            return await locally(cancellationToken);
        }

        if (!job.GpuOffload)
        {
            await job.RecordExecutionAsync(ExecutionChoice.Local);
            return await locally(cancellationToken);
        }

        var attempt = await TryGpuAsync(job, onGpu, cancellationToken);
        if (attempt.Succeeded)
        {
            return attempt.Result!;
        }

        staysLocal = true;
        if (attempt.Slower is { } estimate)
        {
            logger.LogInformation(
                "Job {JobId} runs locally: the worker would take about {WorkerSeconds:N1} s, this CPU {LocalSeconds:N1} s",
                job.Id, estimate.WorkerSeconds, estimate.LocalSeconds);
            job.Progress.Report(new JobProgress(job.LatestPercent, "The GPU worker is slower than this CPU for this job: running here"));
            await job.RecordExecutionAsync(ExecutionChoice.LocalBecause(FallbackReasons.WorkerSlower));
            return await locally(cancellationToken);
        }

        logger.LogWarning(attempt.Error, "Job {JobId} falls back to the local CPU: {Reason}", job.Id, attempt.Error!.Reason);
        job.Progress.Report(new JobProgress(0, $"GPU worker failed ({attempt.Error.Reason}); continuing on the CPU"));
        await job.RecordExecutionAsync(ExecutionChoice.Fallback(attempt.Error.Reason));
        return await locally(cancellationToken);
    }

    private async Task<Attempt<T>> TryGpuAsync<T>(JobExecution job, Func<GpuConnection, CancellationToken, Task<WorkerReply<T>>> onGpu, CancellationToken cancellationToken)
    {
        using var offload = ApiTelemetry.Source.StartActivity("offload job", ActivityKind.Client);
        offload?.SetTag(RaceOptimizerTelemetry.Attributes.JobId, job.Id);
        try
        {
            var connection = await connections.CurrentAsync(cancellationToken);
            var probe = Watched(connection.ForProbe());
            var probing = time.GetTimestamp();
            var device = await WhileWaitingAsync(job, probe.Silence!, worker.GetDeviceAsync(probe, cancellationToken));
            var estimate = OffloadEstimate.For(RacesOf(job.Options), device, local.RacesPerSecond, time.GetElapsedTime(probing));
            offload?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, device.Name);
            offload?.SetTag(RaceOptimizerTelemetry.Attributes.WorkerSecondsEstimate, estimate.WorkerSeconds);
            offload?.SetTag(RaceOptimizerTelemetry.Attributes.LocalSecondsEstimate, estimate.LocalSeconds);
            if (!onWorker && !estimate.WorkerSooner && !connection.ForceOffload)
            {
                offload?.SetTag(RaceOptimizerTelemetry.Attributes.FallbackReason, FallbackReasons.WorkerSlower);
                return new Attempt<T>(default, null, estimate);
            }

            await job.RecordExecutionAsync(ExecutionChoice.Gpu(device.Name));
            var run = Watched(connection);
            var reply = await WhileWaitingAsync(job, run.Silence!, OnLiveWorkerAsync(onGpu, run, cancellationToken));
            // The run usually takes the probe's connection, so the replica probed, but a concurrent job may have taken it.
            offload?.SetTag(RaceOptimizerTelemetry.Attributes.WorkerInstance, reply.Instance);
            await job.RecordExecutionAsync(ExecutionChoice.Gpu(device.Name, reply.Instance));
            onWorker = true;
            return new Attempt<T>(reply.Value, null, null);
        }
        catch (GpuOffloadException exception)
        {
            offload?.SetStatus(ActivityStatusCode.Error, exception.Message);
            offload?.SetTag(RaceOptimizerTelemetry.Attributes.FallbackReason, exception.Reason);
            return new Attempt<T>(default, exception, null);
        }
    }

    private GpuConnection Watched(GpuConnection connection) => connection with { Silence = new WorkerSilence(connection.Timeout, time) };

    /// <summary>
    /// Awaits <paramref name="work"/>; each second the worker has been silent meanwhile, the job's message says it waits
    /// and when it falls back (the bar stays where it was: waiting is no progress).
    /// </summary>
    private async Task<TResult> WhileWaitingAsync<TResult>(JobExecution job, WorkerSilence silence, Task<TResult> work)
    {
        // The work itself ends on the job's cancellation; the ticks stop with it, when the timer is disposed.
        using var ticks = new PeriodicTimer(WorkerSilence.Noticed, time);
        while (await Task.WhenAny(work, ticks.WaitForNextTickAsync(CancellationToken.None).AsTask()) != work)
        {
            if (silence.Left is { } left)
            {
                job.Progress.Report(new JobProgress(job.LatestPercent, $"Waiting for the GPU worker, falls back to the CPU in {Math.Ceiling(left.TotalSeconds):N0} s"));
            }
        }

        return await work;
    }

    /// <summary>The races a job runs, the size the estimate weighs: an optimize on kept races counts the simulate default.</summary>
    private static double RacesOf(IJobOptions options) => options switch
    {
        SimulateOptions simulate => simulate.Simulations,
        OptimizeOptions optimize => optimize.RacesToSimulate is > 0 and var races ? races : JobLimits.DefaultSimulations,
        BacktestJobOptions backtest => backtest.Simulations,
        _ => JobLimits.DefaultSimulations,
    };

    /// <summary>The worker answered the probe: one that can no longer be reached afterwards went down during the job.</summary>
    private static async Task<WorkerReply<T>> OnLiveWorkerAsync<T>(Func<GpuConnection, CancellationToken, Task<WorkerReply<T>>> onGpu, GpuConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return await onGpu(connection, cancellationToken);
        }
        catch (GpuOffloadException exception) when (exception.Reason == FallbackReasons.Unreachable)
        {
            throw new GpuOffloadException(FallbackReasons.WorkerDied, $"The worker went away during the job: {exception.Message}", exception);
        }
    }

    /// <summary>A GPU attempt's outcome: the result, the worker's failure, or the estimate that kept the job here.</summary>
    private readonly record struct Attempt<T>(T? Result, GpuOffloadException? Error, OffloadEstimate? Slower)
    {
        public bool Succeeded => Error is null && Slower is null;
    }
}
