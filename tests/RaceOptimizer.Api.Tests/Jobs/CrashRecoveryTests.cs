using RaceOptimizer.Api.Jobs;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>The API process dies mid-job: the job is finished exactly once by a later process, or failed as interrupted.</summary>
public sealed class CrashRecoveryTests(RedisServer redis) : IDisposable
{
    private static readonly Dictionary<string, string> ShortLeases = new()
    {
        ["Jobs:LeaseDuration"] = "00:00:03",
        ["Jobs:RecoveryInterval"] = "00:00:01",
    };

    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task A_job_whose_process_died_runs_again_once_and_completes()
    {
        string id;
        string? firstTrace;
        using (var doomed = await StartAsync())
        {
            id = (await doomed.Client.SubmitAsync(JobCalls.Simulate(60_000, "survivor"))).Id;
            firstTrace = (await doomed.Client.WaitForAsync(id, job => job is { Status: JobStatus.Running, TraceId: not null })).TraceId;
            doomed.Kill();
        }

        using var next = await StartAsync();
        // Generous: the re-run waits out the dead run's lease, then fits and races 60,000 times; a machine shared with
        // builds (load average 20 on 2 cores) took over 120 s for that.
        var job = await next.Client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(300));

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(2, job.Attempts);
        // The job points at the run that finished it, not at the one that died.
        Assert.Matches("^[0-9a-f]{32}$", job.TraceId);
        Assert.NotEqual(firstTrace, job.TraceId);
    }

    [Fact]
    public async Task A_job_that_loses_its_process_twice_fails_as_interrupted()
    {
        string id;
        using (var first = await StartAsync())
        {
            id = (await first.Client.SubmitAsync(JobCalls.Simulate(1_000_000, "unlucky"))).Id;
            await first.Client.WaitUntilRunningAsync(id);
            first.Kill();
        }

        using (var second = await StartAsync())
        {
            await second.Client.WaitForAsync(id, job => job is { Status: JobStatus.Running, Attempts: 2 }, TimeSpan.FromSeconds(60));
            second.Kill();
        }

        using var third = await StartAsync();
        var failed = await third.Client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(60));

        Assert.Equal(JobStatus.Failed, failed.Status);
        Assert.Equal(JobRecovery.Interrupted, failed.Error);
    }

    public void Dispose() => folder.Dispose();

    private Task<ServiceProcess> StartAsync() => ServiceProcess.StartApiAsync(folder.Path, redis.ConnectionString, ShortLeases);
}
