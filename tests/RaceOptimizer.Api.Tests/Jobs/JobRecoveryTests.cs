using RaceOptimizer.Api.Jobs;
using StackExchange.Redis;

namespace RaceOptimizer.Api.Tests.Jobs;

public sealed class JobRecoveryTests(RedisServer redis) : ApiTest(redis)
{
    private static readonly Dictionary<string, string> QuickRecovery = new()
    {
        ["Jobs:Concurrency"] = "1",
        ["Jobs:RecoveryInterval"] = "00:00:01",
    };

    [Fact]
    public async Task Queued_jobs_still_run_after_Redis_loses_them()
    {
        var client = Api.Start(QuickRecovery).CreateClient();
        var blocker = await client.SubmitAsync(JobCalls.Simulate(1_000_000, "blocker"));
        await client.WaitUntilRunningAsync(blocker.Id);
        var waiting = new[] { await client.SubmitAsync(JobCalls.Simulate(100, "a")), await client.SubmitAsync(JobCalls.Simulate(100, "b")) };

        await WipeQueueAsync();
        await client.PostAsync($"/api/jobs/{blocker.Id}/cancel");

        foreach (var job in waiting)
        {
            Assert.Equal(JobStatus.Completed, (await client.WaitUntilFinishedAsync(job.Id)).Status);
        }
    }

    [Fact]
    public async Task Two_replicas_share_the_queue_and_never_run_a_job_twice()
    {
        var first = Api.Start().CreateClient();
        var second = Api.Start().CreateClient();

        var submitted = new List<JobView>();
        for (var i = 0; i < 12; i++)
        {
            submitted.Add(await (i % 2 == 0 ? first : second).SubmitAsync(JobCalls.Simulate(300, $"job {i}")));
        }

        foreach (var job in submitted)
        {
            var finished = await first.WaitUntilFinishedAsync(job.Id);
            Assert.True(finished.Status == JobStatus.Completed, $"{finished.Status}: {finished.Error}");
            Assert.Equal(1, finished.Attempts);
        }
    }

    /// <summary>Deletes every key of this test's queue, as a Redis restart without persistence would.</summary>
    private async Task WipeQueueAsync()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Api.Redis.ConnectionString + ",allowAdmin=true");
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var database = connection.GetDatabase();
        await foreach (var key in server.KeysAsync(pattern: $"test:{Path.GetFileName(Api.DataFolder)}:jobs:*"))
        {
            await database.KeyDeleteAsync(key);
        }
    }
}
