using System.Diagnostics;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// Decides, per job, where its work runs, and keeps the job going whatever the worker does. A job without `gpuOffload`
/// runs locally. Otherwise the worker is probed (`/device`, which also proves the key) and the GPU attempt runs inside
/// an `offload job` client span; any failure of the worker, before or during the attempt, ends that span in error and
/// the job continues on the local CPU as `fallback` with the reason. Only the job's own cancellation is not a failure.
/// Each job type hands over its two ways of doing the work, so the router serves every type alike. The worker instance
/// that computed (the reply names it: replicas share one address) goes on the span and the job. A job may route
/// several stages (an optimize job: its simulations, then its lineup scoring); the router lives as long as one run, and
/// once a stage has fallen back the later ones stay on the CPU instead of trying a failed worker again.
/// </summary>
public sealed class ExecutionRouter(GpuWorkerClient worker, GpuConnections connections, ILogger<ExecutionRouter> logger)
{
    private bool fellBack;

    public async Task<T> RunAsync<T>(
        JobExecution job,
        Func<GpuConnection, CancellationToken, Task<WorkerReply<T>>> onGpu,
        Func<CancellationToken, Task<T>> locally,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(onGpu);
        ArgumentNullException.ThrowIfNull(locally);
        if (fellBack)
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

        logger.LogWarning(attempt.Error, "Job {JobId} falls back to the local CPU: {Reason}", job.Id, attempt.Error!.Reason);
        job.Progress.Report(new JobProgress(0, $"GPU worker failed ({attempt.Error.Reason}); continuing on the CPU"));
        await job.RecordExecutionAsync(ExecutionChoice.Fallback(attempt.Error.Reason));
        fellBack = true;
        return await locally(cancellationToken);
    }

    private async Task<Attempt<T>> TryGpuAsync<T>(JobExecution job, Func<GpuConnection, CancellationToken, Task<WorkerReply<T>>> onGpu, CancellationToken cancellationToken)
    {
        using var offload = ApiTelemetry.Source.StartActivity("offload job", ActivityKind.Client);
        offload?.SetTag(RaceOptimizerTelemetry.Attributes.JobId, job.Id);
        try
        {
            var connection = await connections.CurrentAsync(cancellationToken);
            var device = await worker.GetDeviceAsync(connection.ForProbe(), cancellationToken);
            offload?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, device.Name);
            await job.RecordExecutionAsync(ExecutionChoice.Gpu(device.Name));
            var reply = await OnLiveWorkerAsync(onGpu, connection, cancellationToken);
            // The run usually takes the probe's connection, so the replica probed, but a concurrent job may have taken it.
            offload?.SetTag(RaceOptimizerTelemetry.Attributes.WorkerInstance, reply.Instance);
            await job.RecordExecutionAsync(ExecutionChoice.Gpu(device.Name, reply.Instance));
            return new Attempt<T>(reply.Value, null);
        }
        catch (GpuOffloadException exception)
        {
            offload?.SetStatus(ActivityStatusCode.Error, exception.Message);
            offload?.SetTag(RaceOptimizerTelemetry.Attributes.FallbackReason, exception.Reason);
            return new Attempt<T>(default, exception);
        }
    }

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

    private readonly record struct Attempt<T>(T? Result, GpuOffloadException? Error)
    {
        public bool Succeeded => Error is null;
    }
}
