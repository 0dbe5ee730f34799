using System.Threading.Channels;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Saves submitted jobs to SQLite in group commits: the submits that arrive while one transaction is being written go
/// together in the next. SQLite has one writer; fifty submits each taking the write lock for one INSERT queued behind
/// one another and the runners' writes through SQLite's busy handler, which sleeps in growing steps (1, 2, 5, 10... ms)
/// rather than waking when the lock frees, and that was most of a submit's time under load. A submit still returns only
/// once its job is committed, so nothing acknowledged can be lost; a host stopping saves what is waiting first.
/// </summary>
public sealed class JobInbox(IServiceScopeFactory scopes, ILogger<JobInbox> logger) : BackgroundService
{
    /// <summary>Enough to take a burst of clients in one transaction, few enough that the transaction stays short.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Pending> pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Returns once <paramref name="job"/> is committed; throws what its save threw.</summary>
    public async Task SaveAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var entry = new Pending(job, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!pending.Writer.TryWrite(entry))
        {
            await InsertAsync([job]); // the host is stopping and the inbox has closed: saved alone, not refused
            return;
        }

        // A client that gives up does not take the job back: it is committed with the rest of its batch.
        await entry.Saved.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        pending.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <summary>Runs until the host stops and every job written before then is saved, not merely until it is asked to stop.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await pending.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        try
        {
            await InsertAsync(batch.Select(p => p.Job));
            batch.ForEach(p => p.Saved.TrySetResult());
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            // One bad row must not fail its neighbours: each is tried alone and gets its own answer.
            logger.LogWarning(exception, "A batch of {Count} jobs could not be saved together; saving them one by one", batch.Count);
            foreach (var entry in batch)
            {
                await CommitAsync([entry]);
            }
        }
        catch (Exception exception)
        {
            batch[0].Saved.TrySetException(exception);
        }
    }

    private async Task InsertAsync(IEnumerable<JobRecord> jobs)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobStore>().AddAsync(jobs, CancellationToken.None);
    }

    private sealed record Pending(JobRecord Job, TaskCompletionSource Saved);
}
