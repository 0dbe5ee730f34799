namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// How long the worker has said nothing on a call in flight, against the silence it is allowed (the connection's
/// timeout): the client marks each call and each sign of life (the response, each progress frame) and the router, once
/// a second of silence has passed, tells the job how long it has left before falling back. Between calls (an optimize
/// building its portfolio here between two scoring calls) nobody waits on the worker, and nothing is said.
/// </summary>
public sealed class WorkerSilence(TimeSpan limit, TimeProvider time)
{
    /// <summary>Quieter than this is a worker at work between reports; longer, the job says it is waiting.</summary>
    public static readonly TimeSpan Noticed = TimeSpan.FromSeconds(1);

    private long lastHeard = time.GetTimestamp();
    private int calls;

    public void Heard() => Interlocked.Exchange(ref lastHeard, time.GetTimestamp());

    /// <summary>A call starts now, and the silence is counted from now until the returned scope ends.</summary>
    public IDisposable Call()
    {
        Heard();
        Interlocked.Increment(ref calls);
        return new CallScope(this);
    }

    /// <summary>The time left before the call gives up, once the worker has been silent for <see cref="Noticed"/>; null while it is not.</summary>
    public TimeSpan? Left
    {
        get
        {
            var silent = time.GetElapsedTime(Interlocked.Read(ref lastHeard));
            return Volatile.Read(ref calls) == 0 || silent < Noticed ? null : (limit - silent) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    private sealed class CallScope(WorkerSilence silence) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                Interlocked.Decrement(ref silence.calls);
            }
        }
    }
}
