namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// One run of one job inside this process: its cancellation, why it was cancelled, and its latest progress
/// (kept here and written by the heartbeat, so a handler reporting a thousand times a second costs nothing).
/// </summary>
internal sealed class RunState(JobRecord job, string runToken, DateTimeOffset startedAt, CancellationToken stopping)
    : IProgress<JobProgress>, IDisposable
{
    private JobProgress latest = new(0, "started");

    public JobRecord Job { get; } = job;

    public string RunToken { get; } = runToken;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public CancellationTokenSource Cancellation { get; } = CancellationTokenSource.CreateLinkedTokenSource(stopping);

    public bool CancelRequested { get; private set; }

    public bool LeaseLost { get; private set; }

    public JobProgress Latest => Volatile.Read(ref latest);

    public void Report(JobProgress value) => Volatile.Write(ref latest, value);

    public void RequestCancel()
    {
        CancelRequested = true;
        Cancellation.Cancel();
    }

    public void LoseLease()
    {
        LeaseLost = true;
        Cancellation.Cancel();
    }

    public void Dispose() => Cancellation.Dispose();
}
