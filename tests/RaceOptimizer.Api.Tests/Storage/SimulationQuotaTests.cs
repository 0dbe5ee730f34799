using System.Text.Json;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Api.Tests.Jobs;

namespace RaceOptimizer.Api.Tests.Storage;

public sealed class SimulationQuotaTests(RedisServer redis) : ApiTest(redis)
{
    private const int Simulations = 40;

    [Fact]
    public async Task Beyond_the_quota_the_oldest_jobs_lose_their_points_and_say_so_and_an_optimize_from_one_simulates_the_same_races_again()
    {
        var jobBytes = await JobBytesAsync();
        using var client = Start(quotaBytes: (3 * jobBytes) + (jobBytes / 2));

        var first = await client.SimulateAsync("first");
        var whileKept = await client.OptimizeFromAsync(first.Id);
        var later = new List<JobView>();
        for (var i = 0; i < 5; i++)
        {
            later.Add(await client.SimulateAsync($"later {i}"));
        }

        var jobs = await Task.WhenAll(new[] { first }.Concat(later).Select(job => client.JobAsync(job.Id)));
        Assert.Equal([true, true, true, false, false, false], jobs.Select(job => job.PointsEvictedAt is not null));
        Assert.All(jobs, job => Assert.True(job.Result!.Value.GetProperty("pointsMatrixKept").GetBoolean()));
        Assert.Equal(jobs[3..].Select(job => job.Id).Order(), Files.Kept().Select(matrix => matrix.JobId).Distinct().Order());
        Assert.InRange(Files.Kept().Sum(matrix => matrix.Bytes), 0, (3 * jobBytes) + (jobBytes / 2));

        var afterEviction = await client.OptimizeFromAsync(first.Id);

        var again = afterEviction.Result!.Value.GetProperty("reSimulated");
        Assert.Equal((first.Id, Simulations, 42UL), (again.GetProperty("jobId").GetString(), again.GetProperty("simulations").GetInt32(), again.GetProperty("seed").GetUInt64()));
        Assert.Contains("evicted by the simulation quota", again.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(whileKept.Result!.Value.TryGetProperty("reSimulated", out var none) && none.ValueKind != JsonValueKind.Null);
        // The seed gives back the very races: the same portfolio, valued the same.
        Assert.Equal(Portfolio(whileKept), Portfolio(afterEviction));
    }

    [Fact]
    public async Task A_job_whose_points_alone_exceed_the_quota_keeps_none_says_why_and_an_optimize_from_it_simulates_again()
    {
        using var client = Start(quotaBytes: 1_000);

        var job = await client.SimulateAsync("too large");

        var result = job.Result!.Value;
        Assert.False(result.GetProperty("pointsMatrixKept").GetBoolean());
        Assert.Contains("larger than the simulation quota of 1,000 bytes", result.GetProperty("pointsMatrixNote").GetString(), StringComparison.Ordinal);
        Assert.Null(job.PointsEvictedAt);
        Assert.Empty(Files.Kept());
        var optimized = await client.OptimizeFromAsync(job.Id);
        Assert.Contains("not on disk", optimized.Result!.Value.GetProperty("reSimulated").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_hundred_fifty_simulate_jobs_on_two_replicas_leave_the_kept_points_under_the_quota_and_every_other_job_says_it_lost_them()
    {
        var jobBytes = await JobBytesAsync(simulations: 10);
        var quota = 10 * jobBytes;
        using var first = Start(quota, concurrency: 3);
        using var second = Start(quota, concurrency: 3);

        var submitted = await Task.WhenAll(Enumerable.Range(0, 250).Select(i => (i % 2 == 0 ? first : second).SubmitAsync(JobCalls.Simulate(10, $"sim {i}"))));
        foreach (var job in submitted)
        {
            Assert.Equal(JobStatus.Completed, (await first.WaitUntilFinishedAsync(job.Id, TimeSpan.FromMinutes(3))).Status);
        }

        // Read again once all have finished: a job finished early loses its points to the jobs after it.
        var jobs = await Task.WhenAll(submitted.Select(job => first.JobAsync(job.Id)));
        var kept = Files.Kept();
        Assert.InRange(kept.Sum(matrix => matrix.Bytes), 10 * jobBytes * 8 / 10, quota);
        var keptIds = kept.Select(matrix => matrix.JobId).ToHashSet();
        Assert.Empty(jobs.Where(job => keptIds.Contains(job.Id) == (job.PointsEvictedAt is not null)).Select(job => job.Name));
        var storage = (await first.JsonAsync("/api/system")).GetProperty("storage");
        Assert.InRange(storage.GetProperty("simulationsBytes").GetInt64(), 0, quota);
        Assert.Equal(quota, storage.GetProperty("simulationQuotaBytes").GetInt64());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void A_quota_that_is_not_positive_stops_the_api_at_start_up(string quota)
    {
        var failure = Assert.ThrowsAny<Exception>(() => Api.Start(new Dictionary<string, string> { ["Simulations:QuotaBytes"] = quota }).CreateClient());

        Assert.Contains("Simulations:QuotaBytes must be positive", failure.ToString(), StringComparison.Ordinal);
    }

    private SimulationFiles Files => new(new ApiEnvironment(Api.DataFolder, new RedisChoice("test", "test")));

    private HttpClient Start(long quotaBytes, int concurrency = 2) =>
        Api.Start(new Dictionary<string, string>
        {
            ["Simulations:QuotaBytes"] = quotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:Concurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).CreateClient();

    /// <summary>What one simulate job keeps (both sites' matrices), measured on an API of its own with the default quota.</summary>
    private async Task<long> JobBytesAsync(int simulations = Simulations)
    {
        await using var probe = new TestApi(Api.Redis);
        await probe.Client.WaitUntilFinishedAsync((await probe.Client.SubmitAsync(JobCalls.Simulate(simulations))).Id);
        return new SimulationFiles(new ApiEnvironment(probe.DataFolder, new RedisChoice("test", "test"))).Kept().Sum(matrix => matrix.Bytes);
    }

    private static string Portfolio(JobView optimize)
    {
        var result = optimize.Result!.Value;
        return JsonSerializer.Serialize(new { lineups = result.GetProperty("lineups"), exposures = result.GetProperty("exposures") });
    }
}

/// <summary>Simulate and optimize jobs of the quota tests, run to their end.</summary>
internal static class QuotaCalls
{
    public static async Task<JobView> SimulateAsync(this HttpClient client, string name) =>
        await client.RunAsync(JobCalls.Simulate(40, name));

    public static async Task<JobView> OptimizeFromAsync(this HttpClient client, string simulationJobId) =>
        await client.RunAsync(new { type = "optimize", name = "opt", slateId = JobCalls.SampleSlateId, optimize = new { objective = "tail", lineups = 3, simulationJobId, target = 250 } });

    private static async Task<JobView> RunAsync(this HttpClient client, object request)
    {
        var job = await client.WaitUntilFinishedAsync((await client.SubmitAsync(request)).Id, TimeSpan.FromMinutes(2));
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status}: {job.Error}");
        return job;
    }
}
