using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Makes sure no job is lost or stuck. At start-up and then every <see cref="JobOptions.RecoveryInterval"/>:
/// a `running` job whose lease expired and whose heartbeat in SQLite stopped (its process died) runs again, or fails
/// as `interrupted` once it has used its attempts; one whose lease is gone but whose heartbeat goes on lost its lease
/// to Redis (a wipe, a restart), and its runner takes it again. A `queued` job missing from Redis (a wipe, a lost
/// write) is queued again. Every replica runs this; the conditional updates of <see cref="JobStore"/> let only one of
/// them act on each job.
/// </summary>
internal sealed class JobRecovery(
    IServiceScopeFactory scopes,
    JobQueue queue,
    JobEvents events,
    IOptions<JobOptions> options,
    TimeProvider time,
    ILogger<JobRecovery> logger) : BackgroundService
{
    public const string Interrupted = "interrupted";

    private readonly JobOptions settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RecoverAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is RedisException or Microsoft.Data.Sqlite.SqliteException or TimeoutException)
            {
                logger.LogWarning(exception, "Job recovery could not reach Redis or SQLite; it will try again");
            }

            await Task.Delay(settings.RecoveryInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JobStore>();
        await RecoverExpiredRunsAsync(store, cancellationToken);
        await RequeueMissingAsync(store, cancellationToken);
    }

    private async Task RecoverExpiredRunsAsync(JobStore store, CancellationToken cancellationToken)
    {
        foreach (var run in await store.RunningAsync(cancellationToken))
        {
            if (run.HeartbeatAt > time.GetUtcNow() - settings.LeaseDuration || await queue.HasLeaseAsync(run.Id))
            {
                continue;
            }

            if (run.Attempts < settings.MaxAttempts)
            {
                if (await store.RequeueAsync(run.Id, run.RunToken, "its runner stopped answering; running it again", charged: true))
                {
                    logger.LogWarning("Job {JobId} lost its runner; queued again (attempt {Attempt} of {Max})", run.Id, run.Attempts + 1, settings.MaxAttempts);
                    await queue.RequeueAsync(run.Id);
                    await PublishAsync(store, run.Id, cancellationToken);
                }
            }
            else if (await store.FinishAsync(run.Id, run.RunToken, JobOutcome.Failed(Interrupted), run.StartedAt, time.GetUtcNow()))
            {
                logger.LogWarning("Job {JobId} lost its runner {Attempts} times; failed as interrupted", run.Id, run.Attempts);
                await PublishAsync(store, run.Id, cancellationToken);
            }
        }
    }

    private async Task RequeueMissingAsync(JobStore store, CancellationToken cancellationToken)
    {
        var queued = await store.QueuedIdsAsync(cancellationToken);
        if (queued.Count == 0)
        {
            return;
        }

        // A job created a moment ago may not be in Redis yet and gets pushed twice: harmless, since only one
        // run can move it from queued to running.
        var waiting = await queue.WaitingIdsAsync();
        foreach (var id in queued.Where(id => !waiting.Contains(id)))
        {
            logger.LogInformation("Queued job {JobId} was missing from Redis; queued again", id);
            await queue.RequeueAsync(id);
        }
    }

    private async Task PublishAsync(JobStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is { } job)
        {
            await events.PublishAsync(JobEvent.Of(job, time.GetUtcNow()));
        }
    }
}
