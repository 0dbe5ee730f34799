using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.GpuOffload;

/// <summary>
/// Offloaded simulations above the split threshold (lowered here, so the CPU-accelerator worker takes seconds): the
/// shards run on the worker, a failed shard is tried again then run here, and the job equals the unsplit local run.
/// </summary>
public sealed class ShardedOffloadTests(RedisServer redis, GpuWorkerFixture fixture) : IClassFixture<GpuWorkerFixture>, IAsyncDisposable
{
    private const int Shards = 4;

    private readonly TestApi api = new(redis);
    private readonly SpanLog spans = new();

    [Fact]
    public async Task A_split_job_runs_its_shards_on_the_worker_traces_and_records_each_and_equals_the_unsplit_local_job()
    {
        var client = await GpuWorkerFixture.ForcingOffloadAsync(Client(fixture.Worker));

        var split = await GpuOffloadTests.RunAsync(client, GpuOffloadTests.Offloaded(1_200), TimeSpan.FromSeconds(120));
        var local = await GpuOffloadTests.RunAsync(client, GpuOffloadTests.Simulate(1_200, gpuOffload: false), TimeSpan.FromSeconds(120));

        Assert.True(split.Status == JobStatus.Completed, split.Error);
        Assert.Equal(ExecutionMode.Gpu, split.ExecutionMode);
        Assert.Equal(RaceRange.Split(1_200, Shards).Select(races => (races.First, races.Count)), split.Shards!.Select(shard => (shard.First, shard.Count)));
        Assert.All(split.Shards!, shard => Assert.Equal((1, JobShard.RacesWork, ExecutionMode.Gpu, 1, null), (shard.Stage, shard.Work, shard.Mode, shard.Tries, shard.FallbackReason)));
        Assert.All(split.Shards!, shard => Assert.StartsWith("CPU", shard.DeviceName, StringComparison.Ordinal));
        Assert.All(split.Shards!, shard => Assert.False(string.IsNullOrEmpty(shard.WorkerInstance)));
        AssertSameRaces(local, split);
        // Each shard is a client span under the job's offload, naming where it ran as the job does.
        var traced = ShardSpans(split.Id);
        Assert.Equal(Shards, traced.Count);
        Assert.All(traced, span => Assert.Equal(ActivityKind.Client, span.Kind));
        Assert.Equal(
            split.Shards!.Select(shard => (shard.First, shard.WorkerInstance, shard.DeviceName, "gpu")).Order(),
            traced.Select(span => (
                (int)span.GetTagItem(RaceOptimizerTelemetry.Attributes.ShardFirst)!,
                (string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.WorkerInstance),
                (string)span.GetTagItem(RaceOptimizerTelemetry.Attributes.DeviceName)!,
                (string)span.GetTagItem(RaceOptimizerTelemetry.Attributes.ExecutionMode)!)).Order());
    }

    [Fact]
    public async Task Behind_one_worker_a_run_above_the_threshold_is_one_call_not_shards()
    {
        var settings = new Dictionary<string, string>(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)) { ["GpuWorker:Shards:SplitAbove"] = "1000" };
        var client = await GpuWorkerFixture.ForcingOffloadAsync(api.Start(settings).CreateClient());

        var job = await GpuOffloadTests.RunAsync(client, GpuOffloadTests.Offloaded(1_200), TimeSpan.FromSeconds(120));

        // GpuWorker:Shards:Replicas is 1 unless the AppHost says more: 24 calls to one device would only shrink its batches.
        Assert.True(job.Status == JobStatus.Completed, job.Error);
        Assert.Equal(ExecutionMode.Gpu, job.ExecutionMode);
        Assert.Null(job.Shards);
        Assert.False(string.IsNullOrEmpty(job.WorkerInstance));
    }

    [Fact]
    public async Task Shards_whose_worker_dies_are_tried_again_then_run_here_and_the_job_equals_the_unsplit_local_job()
    {
        using var doomed = await ServiceProcess.StartWorkerAsync(GpuWorkerFixture.ApiKey);
        var client = await GpuWorkerFixture.ForcingOffloadAsync(Client(doomed));

        var id = (await client.SubmitAsync(GpuOffloadTests.Offloaded(12_000))).Id;
        await client.WaitForAsync(id, job => job is { ExecutionMode: ExecutionMode.Gpu, ProgressPercent: > 0 }, TimeSpan.FromSeconds(60));
        doomed.Kill();
        var split = await client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(180));
        var local = await GpuOffloadTests.RunAsync(client, GpuOffloadTests.Simulate(12_000, gpuOffload: false), TimeSpan.FromSeconds(120));

        Assert.True(split.Status == JobStatus.Completed, split.Error);
        Assert.Equal(ExecutionMode.Gpu, split.ExecutionMode);
        var fellBack = split.Shards!.Where(shard => shard.Mode == ExecutionMode.Fallback).ToList();
        Assert.NotEmpty(fellBack);
        Assert.All(fellBack, shard => Assert.Equal((ExecutionChoice.LocalDevice, null, 2), (shard.DeviceName, shard.WorkerInstance, shard.Tries)));
        Assert.All(fellBack, shard => Assert.Contains(shard.FallbackReason, new[] { "worker-died", "unreachable" }));
        AssertSameRaces(local, split);
        // The trace shows each failed try in error with its reason, then the shard's run here.
        var shardSpans = ShardSpans(split.Id);
        Assert.Contains(shardSpans, span => span.Status == ActivityStatusCode.Error && span.GetTagItem(RaceOptimizerTelemetry.Attributes.FallbackReason) is "worker-died" or "unreachable");
        var here = shardSpans.Where(span => (string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.ExecutionMode) == "fallback").ToList();
        Assert.Equal(fellBack.Count, here.Count);
        Assert.All(here, span => Assert.Equal((ExecutionChoice.LocalDevice, null), ((string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.DeviceName), span.GetTagItem(RaceOptimizerTelemetry.Attributes.ShardTry))));
    }

    /// <summary>
    /// An optimize job simulates twice (the races that choose the portfolio, then fresh races that value it), then scores
    /// every lineup: all three split, the lineups by ranges.
    /// </summary>
    [Fact]
    public async Task An_optimization_whose_simulations_and_lineup_scoring_are_split_builds_the_unsplit_local_portfolio()
    {
        var client = await GpuWorkerFixture.ForcingOffloadAsync(Client(fixture.Worker));
        // Two locks and a high salary floor keep the space to a few thousand lineups: ILGPU's CPU accelerator is a slow simulator.
        var optimize = new { objective = "tail", lineups = 6, simulations = 1_200, seed = 5, locks = new[] { "90000101", "90000102" }, salaryMin = 49_500 };

        var split = await GpuOffloadTests.RunAsync(client, OptimizeOffloadTests.Optimize(optimize, gpuOffload: true), TimeSpan.FromMinutes(3));
        var local = await GpuOffloadTests.RunAsync(client, OptimizeOffloadTests.Optimize(optimize, gpuOffload: false), TimeSpan.FromMinutes(3));

        Assert.True(split.Status == JobStatus.Completed, split.Error);
        Assert.Equal((ExecutionMode.Gpu, ExecutionMode.Local), (split.ExecutionMode, local.ExecutionMode));
        Assert.Equal([1, 2], split.Shards!.Where(shard => shard.Work == JobShard.RacesWork).Select(shard => shard.Stage).Distinct());
        var lineups = split.Shards!.Where(shard => shard.Work == JobShard.LineupsWork).GroupBy(shard => shard.Stage).ToList();
        Assert.NotEmpty(lineups);
        Assert.All(lineups, stage => Assert.Equal(Shards, stage.Count()));
        Assert.All(split.Shards!, shard => Assert.Equal(ExecutionMode.Gpu, shard.Mode));
        Assert.Contains(spans.Snapshot(), span => span.DisplayName == "score shard" && span.GetTagItem(RaceOptimizerTelemetry.Attributes.Lineups) is int);
        Assert.Equal(OptimizeOffloadTests.Lineups(local), OptimizeOffloadTests.Lineups(split));
    }

    public async ValueTask DisposeAsync() => await api.DisposeAsync();

    /// <summary>The `simulate shard` spans under the job's `offload job` span.</summary>
    private List<Activity> ShardSpans(string jobId)
    {
        var offload = Assert.Single(spans.Snapshot(), span => span.DisplayName == "offload job" && (string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.JobId) == jobId);
        return [.. spans.Snapshot().Where(span => span.DisplayName == "simulate shard" && span.ParentSpanId == offload.SpanId)];
    }

    /// <summary>Same seed, same races: every driver's summary identical to the last digit, whoever ran which shard.</summary>
    private static void AssertSameRaces(JobView local, JobView split)
    {
        Assert.Equal(JobStatus.Completed, local.Status);
        Assert.Null(local.Shards);
        Assert.Equal(local.Result!.Value.GetProperty("drivers").GetRawText(), split.Result!.Value.GetProperty("drivers").GetRawText());
    }

    private HttpClient Client(ServiceProcess worker) =>
        api.Start(
            new Dictionary<string, string>(GpuWorkerFixture.ApiSettingsFor(worker))
            {
                // Split as if behind several replicas: the merge is the same whoever runs the shards.
                ["GpuWorker:Shards:Replicas"] = "2",
                ["GpuWorker:Shards:SplitAbove"] = "1000",
                ["GpuWorker:Shards:Count"] = $"{Shards}",
                ["GpuWorker:Shards:SplitLineupSimulationsAbove"] = "100000",
            },
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))).CreateClient();
}
