using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Tests.Simulation;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Gpu.Tests;

public sealed class SimulationApiTests(WorkerFactory worker) : IClassFixture<WorkerFactory>
{
    // A named track, per-car tendencies and a rear starter: the request must carry them all for the worker to equal Core.
    private static readonly RaceSetup Race = new(
        Series.Cup,
        TrackType.ShortTrack,
        150,
        [.. Enumerable.Range(1, 30).Select(i => new RaceEntrant($"Driver {i}", 1.0 - (2.0 * (i - 1) / 29), i)
        {
            IncidentFactor = 0.6 + (0.1 * (i % 9)),
            MechanicalFactor = 1.5 - (0.1 * (i % 7)),
            LeadAbility = i < 4 ? 0.3 : 0,
            StartsAtRear = i == 2,
        })],
        track: "Martinsville");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_simulation_streams_back_Core_s_result_and_traces_simulate_race_in_the_caller_s_trace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = Post(WorkerFactory.ApiKey, 120);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var http = worker.CreateClient();

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancellation);
        var options = new SimulationOptions(120, 7, KeepPointsMatrix: true);
        var streamed = await SimulationStream.ReadAsync(await response.Content.ReadAsStreamAsync(Cancellation), null, TimeSpan.FromSeconds(30), Cancellation);
        var core = RaceSimulator.Default.Run(Race, options, cancellationToken: Cancellation);

        Assert.Equal(SimulationStream.ContentType, response.Content.Headers.ContentType?.MediaType);
        SimulationAssert.Equal(core, RaceSimulator.Default.Merge(Race, options, [streamed]));
        Assert.StartsWith("CPU", Assert.Single(response.Headers.GetValues(WorkerProtocol.DeviceHeader)), StringComparison.Ordinal);
        var span = Assert.Single(Snapshot(), s => s.DisplayName == "simulate race" && s.Source.Name == RaceOptimizerTelemetry.GpuSourceName && s.TraceId == traceId);
        Assert.StartsWith("CPU", (string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.DeviceName), StringComparison.Ordinal);
        Assert.Equal(120, span.GetTagItem(RaceOptimizerTelemetry.Attributes.Simulations));
        // Replicas share one address: the reply and the span name the process that ran it.
        Assert.Equal(WorkerInstance.Id, Assert.Single(response.Headers.GetValues(WorkerInstance.Header)));
        Assert.Equal(WorkerInstance.Id, span.GetTagItem(RaceOptimizerTelemetry.Attributes.WorkerInstance));
    }

    [Fact]
    public async Task A_simulation_without_matrices_streams_back_Core_s_summary_alone()
    {
        using var request = Post(WorkerFactory.ApiKey, 300, keepPointsMatrix: false);
        using var http = worker.CreateClient();

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancellation);
        var streamed = await SimulationStream.ReadAsync(await response.Content.ReadAsStreamAsync(Cancellation), null, TimeSpan.FromSeconds(30), Cancellation);

        var options = new SimulationOptions(300, 7);
        SimulationAssert.Equal(RaceSimulator.Default.Run(Race, options, cancellationToken: Cancellation), RaceSimulator.Default.Merge(Race, options, [streamed]));
    }

    [Fact]
    public async Task A_shard_of_races_streamed_back_merges_with_Core_s_other_shards_into_Core_s_run()
    {
        var options = new SimulationOptions(300, 7, KeepPointsMatrix: true);
        using var request = Post(WorkerFactory.ApiKey, 100, first: 120);
        using var http = worker.CreateClient();

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancellation);
        var streamed = await SimulationStream.ReadAsync(await response.Content.ReadAsStreamAsync(Cancellation), null, TimeSpan.FromSeconds(30), Cancellation);
        RaceShard Core(int first, int count) => RaceSimulator.Default.RunShard(Race, options, new RaceRange(first, count), cancellationToken: Cancellation);

        Assert.Equal(new RaceRange(120, 100), streamed.Races);
        SimulationAssert.Equal(RaceSimulator.Default.Run(Race, options, cancellationToken: Cancellation), RaceSimulator.Default.Merge(Race, options, [Core(0, 120), streamed, Core(220, 80)]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task A_simulation_without_the_right_key_gets_401(string? key)
    {
        using var http = worker.CreateClient();
        using var request = Post(key, 10);

        using var response = await http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_simulations_get_400_before_anything_runs()
    {
        using var http = worker.CreateClient();
        using var request = Post(WorkerFactory.ApiKey, 2_000_000);

        using var response = await http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static HttpRequestMessage Post(string? key, int simulations, bool keepPointsMatrix = true, int first = 0)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/simulations")
        {
            Content = JsonContent.Create(new { setup = Race, simulations, seed = 7, keepPointsMatrix, first }),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    private List<Activity> Snapshot() => worker.Spans.Snapshot();
}
