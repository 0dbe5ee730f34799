using System.Diagnostics;
using RaceOptimizer.Api.Jobs;
using StackExchange.Redis;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>Redis stopped, restarted empty or wiped: submits do not wait on it, and no job is lost or charged for it.</summary>
public sealed class RedisOutageTests(RedisServer redis) : ApiTest(redis)
{
    private static readonly Dictionary<string, string> QuickRecovery = new()
    {
        ["Jobs:RecoveryInterval"] = "00:00:01",
    };

    [Fact]
    public async Task With_Redis_stopped_20_submits_answer_within_100_ms_each_and_all_complete_after_it_returns()
    {
        using var server = await RedisProcess.StartAsync();
        var client = StartOn(server);
        Assert.Equal(JobStatus.Completed, (await client.WaitUntilFinishedAsync((await client.SubmitAsync(JobCalls.Simulate(50, "warm-up"))).Id)).Status);

        server.Stop();
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation); // the client notices the closed connection
        var submitted = new List<(string Id, TimeSpan Took)>();
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            var job = await client.SubmitAsync(JobCalls.Simulate(50, $"during the outage {i}"));
            submitted.Add((job.Id, watch.Elapsed));
        }

        await server.StartAgainAsync();

        Assert.All(submitted, submit => Assert.True(submit.Took < TimeSpan.FromMilliseconds(100), $"A submit took {submit.Took.TotalMilliseconds:N0} ms."));
        foreach (var (id, _) in submitted)
        {
            var job = await client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(120));
            Assert.Equal((JobStatus.Completed, 1), (job.Status, job.Attempts));
        }
    }

    [Fact]
    public async Task A_job_running_while_Redis_restarts_empty_completes_once_without_being_charged_an_attempt()
    {
        using var server = await RedisProcess.StartAsync();
        var client = StartOn(server);
        var running = await client.SubmitAsync(JobCalls.Simulate(60_000, "running through the outage"));
        await client.WaitForAsync(running.Id, job => job is { Status: JobStatus.Running, ProgressPercent: > 0 });

        server.Stop();
        await Task.Delay(TimeSpan.FromSeconds(3), Cancellation);
        await server.StartAgainAsync();
        var finished = await client.WaitUntilFinishedAsync(running.Id, TimeSpan.FromSeconds(180));

        Assert.True(finished.Status == JobStatus.Completed, finished.Error);
        Assert.Equal(1, finished.Attempts);
    }

    /// <summary>
    /// The run outlives the wipe by far (a million races) and is cancelled once checked: how long it takes depends on the
    /// machine's load (300,000 races took over 5 minutes beside other builds), and completing after a forgotten lease is
    /// the test above's.
    /// </summary>
    [Fact]
    public async Task A_running_job_whose_lease_Redis_forgets_keeps_its_run_and_is_not_charged_an_attempt()
    {
        using var server = await RedisProcess.StartAsync();
        // A 10 s lease: a 3 s one was outlived by heartbeats the simulation's threads held up on a loaded machine.
        var client = StartOn(server, new() { ["Jobs:LeaseDuration"] = "00:00:10", ["Jobs:RecoveryInterval"] = "00:00:01" });
        var job = await client.SubmitAsync(JobCalls.Simulate(1_000_000, "wiped"));
        await client.WaitForAsync(job.Id, running => running is { Status: JobStatus.Running, ProgressPercent: > 0 });

        await using var admin = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString + ",allowAdmin=true");
        await admin.GetServer(admin.GetEndPoints()[0]).FlushAllDatabasesAsync();
        // Past a lease and a recovery round: a recovery that took the run for dead would have queued it again by now.
        await Task.Delay(TimeSpan.FromSeconds(12), Cancellation);
        var during = await client.JobAsync(job.Id);
        var lease = await admin.GetDatabase().KeyExistsAsync($"test:{Path.GetFileName(Api.DataFolder)}:jobs:lease:{job.Id}");
        await client.PostAsync($"/api/jobs/{job.Id}/cancel");
        var cancelled = await client.WaitUntilFinishedAsync(job.Id, TimeSpan.FromSeconds(60));

        Assert.Equal((JobStatus.Running, 1), (during.Status, during.Attempts)); // still its first run
        Assert.True(lease, "The run did not take its lease again.");
        Assert.Equal((JobStatus.Cancelled, 1), (cancelled.Status, cancelled.Attempts));
    }

    private HttpClient StartOn(RedisProcess server, Dictionary<string, string>? settings = null) =>
        Api.Start(new Dictionary<string, string>(settings ?? QuickRecovery) { ["ConnectionStrings:redis"] = server.ConnectionString }).CreateClient();
}
