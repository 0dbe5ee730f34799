using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Where jobs compute: threads of their own, at a lower OS priority than the ones serving requests. A job's races and
/// rankings keep every core busy for seconds; on the thread pool they took the CPU from submits and page loads (under
/// load on 2 cores a submit's p99 was 0.8 s). Below normal priority (<see cref="Nice"/> nice steps lower on Linux) the kernel hands
/// a core to a request as soon as one is waiting, and jobs still get every cycle nobody else wants. A job's handler
/// runs here from start to end, its awaits resuming here, and Core's loops run on their caller's scheduler
/// (<see cref="Core.Parallelism"/>), so the whole job stays on these threads; its heartbeat does not (it must never
/// wait behind the job it vouches for).
/// </summary>
public sealed partial class JobComputeScheduler : TaskScheduler, IDisposable
{
    /// <summary>How far compute threads' nice value is above the process's on Linux: ten steps is about a tenth of the CPU against a busy thread.</summary>
    internal const int Nice = 10;

    [ThreadStatic]
    private static bool onComputeThread;

    private readonly BlockingCollection<Task> queue = [];
    private readonly Thread[] threads;
    private readonly ILogger<JobComputeScheduler> logger;
    private int priorityWarned;

    public JobComputeScheduler(IOptions<JobOptions> options, ILogger<JobComputeScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        // Each running job's loops take up to a thread per core; more threads than that would only wait.
        threads = [.. Enumerable.Range(0, Math.Max(1, options.Value.Concurrency) * Environment.ProcessorCount)
            .Select(i => new Thread(Work) { IsBackground = true, Name = $"job compute {i}", Priority = ThreadPriority.BelowNormal })];
        foreach (var thread in threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => threads.Length;

    /// <summary>Runs <paramref name="work"/> on the compute threads; its awaits resume there too.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    /// <summary>The threads finish what is queued, then end.</summary>
    public void Dispose() => queue.CompleteAdding();

    protected override void QueueTask(Task task)
    {
        if (!queue.IsAddingCompleted)
        {
            try
            {
                queue.Add(task);
                return;
            }
            catch (InvalidOperationException)
            {
                // Completed between the check and the add.
            }
        }

        // The host is stopping: a task still being scheduled (a loop's replica, a continuation) finishes on the pool.
        ThreadPool.UnsafeQueueUserWorkItem(_ => TryExecuteTask(task), null);
    }

    /// <summary>
    /// A compute thread waiting on one of this scheduler's tasks (a Parallel.For waiting for a replica still queued) runs
    /// it itself, so a full house of waiting threads cannot deadlock; a task run this way is skipped when dequeued.
    /// </summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => onComputeThread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();

    private void Work()
    {
        onComputeThread = true;
        LowerPriority();
        foreach (var task in queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    /// <summary>
    /// .NET sets thread priorities on Windows only; on Linux a thread's nice value is its own (setpriority on its thread
    /// id), and raising it needs no privilege. It is raised from the process's own, so a service an administrator
    /// started niced keeps the same distance. Where it fails the job runs at the process's priority, as before.
    /// </summary>
    private void LowerPriority()
    {
        const int OfThread = 0; // PRIO_PROCESS: with a thread's id, that thread alone
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var thread = GetThreadId();
        var current = GetPriority(OfThread, thread);
        if ((current == -1 && Marshal.GetLastPInvokeError() != 0) || SetPriority(OfThread, thread, Math.Min(19, current + Nice)) != 0)
        {
            if (Interlocked.Exchange(ref priorityWarned, 1) == 0)
            {
                logger.LogWarning("Job compute threads could not lower their priority (errno {Errno}); jobs compete with requests for the CPU", Marshal.GetLastPInvokeError());
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
