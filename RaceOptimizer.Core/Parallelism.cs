namespace RaceOptimizer.Core;

/// <summary>
/// How Core's loops run in parallel: on at most one thread per core, and on the caller's task scheduler. Left
/// unbounded, Parallel.For takes every thread the pool injects while it is starved, so a host's own short work (a job's
/// heartbeat, a request) waits behind a long loop; a running job's heartbeat that waited out its lease was taken for dead
/// and the job run a second time. On the caller's scheduler, a host that computes on threads of its own (the API's jobs
/// run at a lower priority than its requests) keeps the whole loop there; called from anywhere else it is the pool.
/// </summary>
public static class Parallelism
{
    public static ParallelOptions Bounded(CancellationToken cancellationToken = default) => Bounded(Environment.ProcessorCount, cancellationToken);

    public static ParallelOptions Bounded(int maxDegreeOfParallelism, CancellationToken cancellationToken = default) => new()
    {
        MaxDegreeOfParallelism = maxDegreeOfParallelism,
        CancellationToken = cancellationToken,
        TaskScheduler = TaskScheduler.Current,
    };
}
