using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using RaceOptimizer.ServiceDefaults;
using StackExchange.Redis;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Takes jobs from the queue and runs them, <see cref="JobOptions.Concurrency"/> at a time. A run owns its job
/// through a lease in Redis (renewed every heartbeat) and a run token in SQLite (checked by every write), so a
/// job runs once even with several API replicas, and a dead process's jobs are recovered by <see cref="JobRecovery"/>.
/// </summary>
internal sealed class JobRunner(
    IServiceScopeFactory scopes,
    JobQueue queue,
    JobEvents events,
    IConnectionMultiplexer redis,
    IOptions<JobOptions> options,
    JobMetrics metrics,
    JobComputeScheduler compute,
    TimeProvider time,
    ILogger<JobRunner> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, RunState> runs = new();
    private readonly SemaphoreSlim wakeup = new(0);
    private readonly JobOptions settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(queue.Wakeups, (_, _) => WakeOne());
        await subscriber.SubscribeAsync(queue.Cancellations, (_, id) =>
        {
            if (runs.TryGetValue(id.ToString(), out var run))
            {
                run.RequestCancel();
            }
        });

        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => WorkAsync(stoppingToken)));
    }

    private void WakeOne()
    {
        // Bounded so that a burst of submissions does not leave idle workers spinning through stale wake-ups.
        if (wakeup.CurrentCount < settings.Concurrency)
        {
            wakeup.Release();
        }
    }

    private async Task WorkAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (await queue.ClaimAsync() is { } id)
                {
                    await RunAsync(id, stopping);
                }
                else
                {
                    await wakeup.WaitAsync(IdlePoll, stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is RedisException or Microsoft.Data.Sqlite.SqliteException or TimeoutException)
            {
                logger.LogWarning(exception, "The job runner could not reach Redis or SQLite; retrying");
                await Task.Delay(IdlePoll, time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RunAsync(string id, CancellationToken stopping)
    {
        var runToken = Guid.NewGuid().ToString("N");
        if (!await queue.TakeLeaseAsync(id, runToken, settings.LeaseDuration))
        {
            await queue.ReleaseAsync(id, runToken); // a duplicate entry of a job another run holds
            return;
        }

        var started = time.GetUtcNow();
        var job = await StartAsync(id, runToken, started);
        if (job is null)
        {
            await queue.ReleaseAsync(id, runToken); // cancelled, finished, or taken by another replica meanwhile
            return;
        }

        using var run = new RunState(job, runToken, started, stopping);
        runs[id] = run;
        try
        {
            await events.PublishAsync(JobEvent.Of(job, started));
            var outcome = await ExecuteAsync(run, stopping);
            await FinishAsync(run, outcome);
        }
        finally
        {
            runs.TryRemove(id, out _);
            await queue.ReleaseAsync(id, runToken);
        }
    }

    private async Task<JobRecord?> StartAsync(string id, string runToken, DateTimeOffset now)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JobStore>();
        return await store.TryStartAsync(id, runToken, ExecutionChoice.Local, now)
            ? await store.FindAsync(id, CancellationToken.None)
            : null;
    }

    /// <summary>Runs the handler; null when the run lost its job (host stopping or lease lost) and must not finish it.</summary>
    private async Task<JobOutcome?> ExecuteAsync(RunState run, CancellationToken stopping)
    {
        var job = run.Job;
        using var activity = ApiTelemetry.Source.StartActivity("run job");
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.JobId, job.Id);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.JobType, job.Type.Name());
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.ExecutionMode, job.ExecutionMode?.Name());
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, job.DeviceName);

        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(run, heartbeatStop.Token);
        try
        {
            if (activity is not null)
            {
                await RecordTraceAsync(run, activity.TraceId);
            }

            await using var scope = scopes.CreateAsyncScope();
            if (scope.ServiceProvider.GetKeyedService<IJobHandler>(job.Type) is not { } handler)
            {
                return JobOutcome.Failed($"This version of RaceOptimizer cannot run '{job.Type}' jobs.");
            }

            var execution = new JobExecution(job.Id, job.SlateId, Options.JobOptionsJson.Read(job.Type, job.Config), run)
            {
                GpuOffload = job.GpuOffload,
                RecordExecutionAsync = choice => RecordExecutionAsync(run, choice, activity),
                RecordShardsAsync = shards => RecordShardsAsync(run, shards),
            };
            var token = run.Cancellation.Token;
            var result = await compute.RunAsync(async () => (await handler.RunAsync(execution, token)).ToJsonString(), token);
            return JobOutcome.Completed(result) with { LockedLineups = KeptLineups.LockedAtCompletion(execution.Options) };
        }
        catch (OperationCanceledException) when (run.CancelRequested)
        {
            return JobOutcome.Cancelled;
        }
        catch (OperationCanceledException) when (run.LeaseLost || stopping.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "the run lost its job");
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            logger.LogWarning(exception, "Job {JobId} ({JobType}) failed", job.Id, job.Type);
            return JobOutcome.Failed(exception.Message);
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
    }

    /// <summary>The job names the trace of its latest run, so the UI can link to it while the job runs and after.</summary>
    private async Task RecordTraceAsync(RunState run, ActivityTraceId traceId)
    {
        run.Job.TraceId = traceId.ToHexString();
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobStore>().RecordTraceAsync(run.Job.Id, run.RunToken, run.Job.TraceId);
    }

    /// <summary>A split run's shards ran: the job names where each did.</summary>
    private async Task RecordShardsAsync(RunState run, IReadOnlyList<JobShard> shards)
    {
        run.Job.Shards = JobRecord.ShardsJson(shards);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobStore>().RecordShardsAsync(run.Job.Id, run.RunToken, run.Job.Shards);
    }

    /// <summary>A run's execution mode changed (the router chose the GPU, or fell back): the job, its span and its watchers learn it now.</summary>
    private async Task RecordExecutionAsync(RunState run, ExecutionChoice choice, Activity? activity)
    {
        var job = run.Job;
        (job.ExecutionMode, job.FallbackReason, job.DeviceName, job.WorkerInstance) = (choice.Mode, choice.FallbackReason, choice.DeviceName, choice.WorkerInstance);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.ExecutionMode, choice.Mode.Name());
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.FallbackReason, choice.FallbackReason);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, choice.DeviceName);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.WorkerInstance, choice.WorkerInstance);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobStore>().RecordExecutionAsync(job.Id, run.RunToken, choice);
        await events.PublishAsync(RunningEvent(run));
    }

    /// <summary>Every second: keep the lease, notice a cancellation missed on pub/sub, record and publish progress.</summary>
    private async Task HeartbeatAsync(RunState run, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(settings.HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (!await BeatAsync(run, stop))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// One heartbeat; false when another run took the job and this one must stop. SQLite first, Redis after and only
    /// while connected: with Redis away the run still proves alive to recovery, and is not charged for Redis's absence.
    /// </summary>
    private async Task<bool> BeatAsync(RunState run, CancellationToken stop)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<JobStore>();
            if (await store.IsCancelRequestedAsync(run.Job.Id, stop))
            {
                run.RequestCancel();
            }

            await store.ReportProgressAsync(run.Job.Id, run.RunToken, run.Latest, time.GetUtcNow());
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            // A missed beat is not fatal: the lease outlives several, and the next beat tries again.
            logger.LogWarning(exception, "Heartbeat of job {JobId} could not reach SQLite; retrying", run.Job.Id);
        }

        if (!queue.IsConnected)
        {
            return true;
        }

        try
        {
            switch (await queue.RenewLeaseAsync(run.Job.Id, run.RunToken, settings.LeaseDuration))
            {
                case LeaseRenewal.Lost:
                    logger.LogWarning("Job {JobId} lost its lease; another run will take it", run.Job.Id);
                    run.LoseLease();
                    return false;
                case LeaseRenewal.Retaken:
                    logger.LogWarning("Job {JobId}'s lease was gone from Redis (wiped or restarted); its run took it again", run.Job.Id);
                    break;
            }

            await events.PublishAsync(RunningEvent(run));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Heartbeat of job {JobId} could not reach Redis; retrying", run.Job.Id);
        }

        return true;
    }

    private JobEvent RunningEvent(RunState run) => JobEvent.Of(run.Job, time.GetUtcNow()) with
    {
        Status = JobStatus.Running,
        ProgressPercent = run.Latest.Percent,
        ProgressMessage = run.Latest.Message,
    };

    private async Task FinishAsync(RunState run, JobOutcome? outcome)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JobStore>();
        var job = run.Job;
        if (outcome is null)
        {
            // The host is stopping (or the lease was lost): give the job back so another run finishes it.
            if (!run.LeaseLost && await store.RequeueAsync(job.Id, run.RunToken, "the API stopped; the job will run again", charged: false))
            {
                await queue.RequeueAsync(job.Id);
            }

            return;
        }

        var now = time.GetUtcNow();
        if (await store.FinishAsync(job.Id, run.RunToken, outcome, run.StartedAt, now))
        {
            metrics.Finished(job.Type, outcome.Status, job.ExecutionMode ?? ExecutionMode.Local, now - run.StartedAt);
            // The event follows from what was just written; no need to read the job back.
            await events.PublishAsync(JobEvent.Of(job, now) with
            {
                Status = outcome.Status,
                ProgressPercent = outcome.Status == JobStatus.Completed ? 100 : run.Latest.Percent,
                ProgressMessage = outcome.Status.Name(),
            });
        }
    }
}
