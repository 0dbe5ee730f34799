using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Api.Tests.GpuOffload;

/// <summary>
/// Optimize jobs offloaded to a real worker process: the worker simulates, scores every lineup and pays the ROI
/// candidates against the field; the portfolio is the one the CPU builds, and a worker lost while scoring leaves a
/// completed job.
/// </summary>
public sealed class OptimizeOffloadTests(RedisServer redis, GpuWorkerFixture fixture) : IClassFixture<GpuWorkerFixture>, IAsyncDisposable
{
    private readonly TestApi api = new(redis);

    [Theory]
    [InlineData("tail")]
    [InlineData("percentile")]
    [InlineData("cvar")]
    [InlineData("roi")]
    public async Task An_offloaded_optimization_runs_as_gpu_and_builds_the_CPU_s_portfolio(string objective)
    {
        var client = await GpuWorkerFixture.ForcingOffloadAsync(api.Start(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)).CreateClient());
        // Two locks and a high salary floor keep the space to a few thousand lineups: ILGPU's CPU accelerator is a slow simulator.
        var optimize = new { objective, lineups = 12, simulations = 300, seed = 5, locks = new[] { "90000101", "90000102" }, salaryMin = 49_500, minUniqueDrivers = 2 };

        var onGpu = await GpuOffloadTests.RunAsync(client, Optimize(optimize, gpuOffload: true), TimeSpan.FromMinutes(3));
        var local = await GpuOffloadTests.RunAsync(client, Optimize(optimize, gpuOffload: false), TimeSpan.FromMinutes(3));

        Assert.True(onGpu.Status == JobStatus.Completed, onGpu.Error);
        Assert.Equal((ExecutionMode.Gpu, null), (onGpu.ExecutionMode, onGpu.FallbackReason));
        Assert.Equal(ExecutionMode.Local, local.ExecutionMode);
        Assert.Equal(12, Lineups(onGpu).Count);
        Assert.Equal(Lineups(local), Lineups(onGpu));
    }

    /// <summary>Kept lineups are decided in Core beside the API: an offloaded rebuild keeps them and builds what the CPU builds.</summary>
    [Fact]
    public async Task An_offloaded_rebuild_keeps_the_locked_lineups_and_builds_the_CPU_s_portfolio()
    {
        var client = await GpuWorkerFixture.ForcingOffloadAsync(api.Start(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)).CreateClient());
        var optimize = new { objective = "roi", lineups = 12, simulations = 300, seed = 5, locks = new[] { "90000101", "90000102" }, salaryMin = 49_500, minUniqueDrivers = 2 };
        var first = await GpuOffloadTests.RunAsync(client, Optimize(optimize, gpuOffload: false), TimeSpan.FromMinutes(3));
        var keep = new[] { Lineups(first)[9], Lineups(first)[4] };
        var rebuild = new { optimize.objective, optimize.lineups, optimize.simulations, optimize.seed, optimize.locks, optimize.salaryMin, optimize.minUniqueDrivers, keepLineups = keep.Select(l => new { drivers = l.Split(',') }) };

        var onGpu = await GpuOffloadTests.RunAsync(client, Optimize(rebuild, gpuOffload: true), TimeSpan.FromMinutes(3));
        var local = await GpuOffloadTests.RunAsync(client, Optimize(rebuild, gpuOffload: false), TimeSpan.FromMinutes(3));

        Assert.True(onGpu.Status == JobStatus.Completed, onGpu.Error);
        Assert.Equal((ExecutionMode.Gpu, null), (onGpu.ExecutionMode, onGpu.FallbackReason));
        Assert.Equal(keep, Lineups(onGpu).Take(2));
        Assert.Equal(Lineups(local), Lineups(onGpu));
    }

    [Fact]
    public async Task A_worker_killed_while_scoring_lineups_gives_a_fallback_and_a_completed_job()
    {
        // Unsplit: a split scoring's ranges each fall back on their own (below); this is the job's one scorer.
        var finished = await KilledWhileScoringAsync(new() { ["GpuWorker:Shards:SplitLineupSimulationsAbove"] = $"{long.MaxValue}" });

        Assert.True(finished.Status == JobStatus.Completed, finished.Error);
        Assert.Equal((ExecutionMode.Fallback, "worker-died"), (finished.ExecutionMode, finished.FallbackReason));
        Assert.Equal(5, Lineups(finished).Count);
    }

    [Fact]
    public async Task Lineup_ranges_whose_worker_dies_are_scored_here_and_the_job_completes_on_its_worker_s_route()
    {
        var finished = await KilledWhileScoringAsync(new() { ["GpuWorker:Shards:Replicas"] = "2", ["GpuWorker:Shards:SplitLineupSimulationsAbove"] = "1000000", ["GpuWorker:Shards:Count"] = "4" });

        Assert.True(finished.Status == JobStatus.Completed, finished.Error);
        // One dead worker costs its ranges, scored here, not the job's route.
        Assert.Equal((ExecutionMode.Gpu, null), (finished.ExecutionMode, finished.FallbackReason));
        var here = finished.Shards!.Where(shard => shard is { Work: JobShard.LineupsWork, Mode: ExecutionMode.Fallback }).ToList();
        Assert.NotEmpty(here);
        Assert.All(here, shard => Assert.Contains(shard.FallbackReason, new[] { "worker-died", "unreachable" }));
        Assert.Equal(5, Lineups(finished).Count);
    }

    public async ValueTask DisposeAsync() => await api.DisposeAsync();

    /// <summary>
    /// A percentile optimize scoring every lineup of the slate against 500 simulations on a worker (minutes on the CPU
    /// accelerator, so the kill lands mid-scoring) killed 2 s into it, under these shard settings; the job as it ended.
    /// </summary>
    private async Task<JobView> KilledWhileScoringAsync(Dictionary<string, string> shards)
    {
        using var doomed = await ServiceProcess.StartWorkerAsync(GpuWorkerFixture.ApiKey);
        var settings = new Dictionary<string, string>(GpuWorkerFixture.ApiSettingsFor(doomed));
        foreach (var (key, value) in shards)
        {
            settings[key] = value;
        }

        var client = await GpuWorkerFixture.ForcingOffloadAsync(api.Start(settings).CreateClient());
        var simulated = await GpuOffloadTests.RunAsync(client, GpuOffloadTests.Simulate(500, gpuOffload: false), TimeSpan.FromMinutes(2));
        var id = (await client.SubmitAsync(Optimize(new { objective = "percentile", lineups = 5, simulationJobId = simulated.Id }, gpuOffload: true))).Id;
        await client.WaitForAsync(id, job => job.ExecutionMode == ExecutionMode.Gpu, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        doomed.Kill();
        return await client.WaitUntilFinishedAsync(id, TimeSpan.FromMinutes(3));
    }

    internal static object Optimize(object optimize, bool gpuOffload) =>
        new { type = "optimize", name = "offload", slateId = JobCalls.SampleSlateId, gpuOffload, optimize };

    internal static List<string> Lineups(JobView job) =>
        [.. job.Result!.Value.GetProperty("lineups").EnumerateArray().Select(l => string.Join(",", l.GetProperty("drivers").EnumerateArray().Select(d => d.GetString())))];
}
