using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using StackExchange.Redis;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>A fresh API process runs its submit path once before it reports healthy, and keeps nothing of it.</summary>
public sealed class SubmitWarmUpTests(RedisServer redis) : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task A_started_API_is_healthy_only_after_its_submit_path_ran_signed_in_and_keeps_no_job_of_it()
    {
        using var api = await ServiceProcess.StartApiAsync(folder.Path, redis.ConnectionString, new Dictionary<string, string>());
        var cancellation = TestContext.Current.CancellationToken;

        // Healthy (the process's start waited for it) means the warm-up's own check said so.
        var health = await api.Client.GetFromJsonAsync<JsonElement>("/health", cancellation);
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("submit-warm-up").GetProperty("status").GetString());

        // Its requests went through the whole pipeline, signed in: the submit was refused for its slate (400), not for
        // its credential (401), and the list was served.
        Assert.Contains(api.Output, line => line.Contains("The submit path is warm: a refused submit answered 400, the job list 200", StringComparison.Ordinal));

        // Nothing was kept: no job in SQLite, none waiting in Redis.
        var jobs = await api.Client.GetFromJsonAsync<JsonElement>("/api/jobs", cancellation);
        Assert.Equal(0, jobs.GetProperty("total").GetInt32());
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        Assert.Equal(0, await connection.GetDatabase().ListLengthAsync($"test:{Path.GetFileName(folder.Path)}:jobs:waiting"));

        // And the API takes a job as usual afterwards.
        var job = await api.Client.SubmitAsync(JobCalls.Simulate(100, "after the warm-up"));
        Assert.Equal(JobStatus.Completed, (await api.Client.WaitUntilFinishedAsync(job.Id, TimeSpan.FromSeconds(60))).Status);
    }

    public void Dispose() => folder.Dispose();
}
