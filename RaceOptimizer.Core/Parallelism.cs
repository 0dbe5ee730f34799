namespace RaceOptimizer.Core;

/// <summary>
/// How Core's loops run in parallel: on at most one thread per core. Left unbounded, Parallel.For takes every thread
/// the pool injects while it is starved, so a host's own short work (a job's heartbeat, a request) waits behind a long
/// loop; a running job's heartbeat that waited out its lease was taken for dead and the job run a second time.
/// </summary>
public static class Parallelism
{
    public static ParallelOptions Bounded(CancellationToken cancellationToken = default) =>
        new() { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
}
