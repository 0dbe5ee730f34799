using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Core;

namespace RaceOptimizer.Api.Tests.Jobs;

public sealed class JobComputeSchedulerTests
{
    [Fact]
    public async Task A_job_and_its_parallel_loops_compute_on_the_compute_threads_below_the_process_priority()
    {
        using var compute = Scheduler();
        var threads = new ConcurrentBag<string?>();

        var nice = await compute.RunAsync(
            async () =>
            {
                await Task.Delay(1); // a job's awaits resume on the compute threads too
                Parallel.For(0, 200, Parallelism.Bounded(), _ => threads.Add(Thread.CurrentThread.Name));
                return NiceOf("/proc/thread-self/stat");
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(200, threads.Count);
        Assert.All(threads, name => Assert.StartsWith("job compute", name, StringComparison.Ordinal));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(Math.Min(19, NiceOf("/proc/self/stat") + JobComputeScheduler.Nice), nice);
        }
    }

    [Fact]
    public async Task Loops_wider_than_the_threads_still_finish()
    {
        using var compute = Scheduler();
        var done = 0;

        // More loops at once, each wider, than there are compute threads: waiting threads run queued replicas themselves.
        var loops = Enumerable.Range(0, compute.MaximumConcurrencyLevel * 2).Select(_ => compute.RunAsync(
            () =>
            {
                Parallel.For(0, 1_000, Parallelism.Bounded(compute.MaximumConcurrencyLevel * 4), _ => Interlocked.Increment(ref done));
                return Task.FromResult(true);
            },
            TestContext.Current.CancellationToken));

        await Task.WhenAll(loops).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(compute.MaximumConcurrencyLevel * 2 * 1_000, done);
    }

    private static JobComputeScheduler Scheduler() =>
        new(Microsoft.Extensions.Options.Options.Create(new JobOptions { Concurrency = 1 }), NullLogger<JobComputeScheduler>.Instance);

    /// <summary>The nice value in a /proc stat file: the 19th field, the 17th after the command's closing parenthesis.</summary>
    private static int NiceOf(string statFile)
    {
        var stat = File.ReadAllText(statFile);
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
