using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Ui.Api;

namespace RaceOptimizer.Ui.Live;

/// <summary>
/// One circuit's live view of the jobs: relays the API's job events to the components that listen, and keeps the
/// count of running and queued jobs for the navigation. Reconnects after the stream drops (an API restart, say).
/// </summary>
public sealed class JobFeed(JobEventStream stream, JobsClient api, ILogger<JobFeed> logger) : IAsyncDisposable
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource stopped = new();
    private readonly Dictionary<string, JobStatus> lastStatus = [];
    private Task? reading;

    /// <summary>Raised for every event, on a background thread: listeners marshal to their renderer.</summary>
    public event Func<JobEvent, Task>? JobChanged;

    /// <summary>Raised when <see cref="Running"/> or <see cref="Queued"/> changed.</summary>
    public event Func<Task>? CountsChanged;

    public int Running { get; private set; }

    public int Queued { get; private set; }

    /// <summary>Starts reading once per circuit; later calls do nothing.</summary>
    public void Start() => reading ??= Task.Run(() => ReadAsync(stopped.Token));

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RefreshCountsAsync(cancellationToken);
                await foreach (var job in stream.ReadAsync(cancellationToken))
                {
                    await OnEventAsync(job, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or RaceOptimizerApiException or System.Text.Json.JsonException)
            {
                logger.LogDebug(exception, "The job event stream dropped; reconnecting");
            }

            try
            {
                await Task.Delay(ReconnectDelay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task OnEventAsync(JobEvent job, CancellationToken cancellationToken)
    {
        // Progress events are many; the counts only move when a status does.
        var statusChanged = !lastStatus.TryGetValue(job.Id, out var last) || last != job.Status;
        lastStatus[job.Id] = job.Status;
        foreach (var listener in JobChanged?.GetInvocationList().Cast<Func<JobEvent, Task>>() ?? [])
        {
            await NotifyAsync(() => listener(job));
        }

        if (statusChanged)
        {
            await RefreshCountsAsync(cancellationToken);
        }
    }

    private async Task RefreshCountsAsync(CancellationToken cancellationToken)
    {
        var stats = await api.GetJobStatsAsync(cancellationToken);
        if (stats.CountOf(JobStatus.Running) == Running && stats.CountOf(JobStatus.Queued) == Queued)
        {
            return;
        }

        (Running, Queued) = (stats.CountOf(JobStatus.Running), stats.CountOf(JobStatus.Queued));
        foreach (var listener in CountsChanged?.GetInvocationList().Cast<Func<Task>>() ?? [])
        {
            await NotifyAsync(listener);
        }
    }

    // A component that failed (or was torn down mid-render) must not stop the feed for the others.
    private async Task NotifyAsync(Func<Task> listener)
    {
        try
        {
            await listener();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A job feed listener failed");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopped.CancelAsync();
        if (reading is not null)
        {
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        stopped.Dispose();
    }
}
