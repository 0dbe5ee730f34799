using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.GpuOffload;

/// <summary>What a job's trace shows: the path it took, the offload as a client span, and a failed offload in error.</summary>
public sealed class OffloadTraceTests(RedisServer redis, GpuWorkerFixture fixture) : IClassFixture<GpuWorkerFixture>, IAsyncDisposable
{
    private readonly TestApi api = new(redis);
    private readonly SpanLog spans = new();

    [Fact]
    public async Task An_offloaded_job_traces_run_job_as_gpu_around_a_client_offload_span_and_its_request()
    {
        var job = await GpuOffloadTests.RunAsync(await GpuWorkerFixture.ForcingOffloadAsync(Client(GpuWorkerFixture.ApiSettingsFor(fixture.Worker))), GpuOffloadTests.Offloaded(100), TimeSpan.FromSeconds(120));

        var (run, offload) = (Span("run job", job.Id), Span("offload job", job.Id));
        Assert.Equal(ExecutionMode.Gpu.Name(), run.GetTagItem(RaceOptimizerTelemetry.Attributes.ExecutionMode));
        // The job names the device and the worker instance that ran it; the spans keep the two apart.
        var (device, instance) = (run.GetTagItem(RaceOptimizerTelemetry.Attributes.DeviceName), run.GetTagItem(RaceOptimizerTelemetry.Attributes.WorkerInstance));
        Assert.Equal((job.DeviceName, job.WorkerInstance), ((string?)device, (string?)instance));
        Assert.Equal((ActivityKind.Client, run.SpanId, ActivityStatusCode.Unset), (offload.Kind, offload.ParentSpanId, offload.Status));
        Assert.Equal((device, instance), (offload.GetTagItem(RaceOptimizerTelemetry.Attributes.DeviceName), offload.GetTagItem(RaceOptimizerTelemetry.Attributes.WorkerInstance)));
        // The HTTP calls to the worker are children of the offload: their traceparent carries it into the worker's spans.
        Assert.Contains(Snapshot(), span => span.ParentSpanId == offload.SpanId && span.Kind == ActivityKind.Client && span.DisplayName.StartsWith("POST", StringComparison.Ordinal));
        Assert.DoesNotContain(Snapshot(), span => span.DisplayName == "simulate race" && span.TraceId == run.TraceId && span.Source.Name == RaceOptimizerTelemetry.CoreSourceName);
    }

    [Fact]
    public async Task A_fallback_traces_the_failed_offload_in_error_then_the_local_simulation()
    {
        var settings = new Dictionary<string, string> { ["GpuWorker:Url"] = fixture.Worker.Address.ToString(), ["GpuWorker:ApiKey"] = "wrong-key" };
        var job = await GpuOffloadTests.RunAsync(Client(settings), GpuOffloadTests.Offloaded(100), TimeSpan.FromSeconds(60));

        var (run, offload) = (Span("run job", job.Id), Span("offload job", job.Id));
        var local = Assert.Single(Snapshot(), span => span.DisplayName == "simulate race" && span.TraceId == run.TraceId);
        Assert.Equal(ExecutionMode.Fallback.Name(), run.GetTagItem(RaceOptimizerTelemetry.Attributes.ExecutionMode));
        Assert.Equal("unauthorized", run.GetTagItem(RaceOptimizerTelemetry.Attributes.FallbackReason));
        Assert.Equal(ActivityStatusCode.Error, offload.Status);
        Assert.Equal("unauthorized", offload.GetTagItem(RaceOptimizerTelemetry.Attributes.FallbackReason));
        Assert.True(local.StartTimeUtc >= offload.StartTimeUtc + offload.Duration, "the local run starts after the offload failed");
        Assert.DoesNotContain(Snapshot().SelectMany(span => span.TagObjects), tag => tag.Value is string value && value.Contains("wrong-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_job_kept_off_a_slower_worker_traces_run_job_as_local_with_the_reason_and_the_estimates_on_its_offload()
    {
        var job = await GpuOffloadTests.RunAsync(Client(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)), GpuOffloadTests.Offloaded(100), TimeSpan.FromSeconds(60));

        var (run, offload) = (Span("run job", job.Id), Span("offload job", job.Id));
        Assert.Equal((ExecutionMode.Local.Name(), "worker-slower"), (run.GetTagItem(RaceOptimizerTelemetry.Attributes.ExecutionMode), run.GetTagItem(RaceOptimizerTelemetry.Attributes.FallbackReason)));
        // Not a failure: the worker answered and was measured; the estimates say why it was passed over.
        Assert.Equal((ActivityStatusCode.Unset, "worker-slower"), (offload.Status, offload.GetTagItem(RaceOptimizerTelemetry.Attributes.FallbackReason)));
        var (worker, local) = ((double)offload.GetTagItem(RaceOptimizerTelemetry.Attributes.WorkerSecondsEstimate)!, (double)offload.GetTagItem(RaceOptimizerTelemetry.Attributes.LocalSecondsEstimate)!);
        Assert.True(worker > local, $"the worker's {worker} s against {local} s here");
        Assert.DoesNotContain(Snapshot(), span => span.Kind == ActivityKind.Client && span.ParentSpanId == offload.SpanId && span.DisplayName.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_offloaded_optimization_traces_an_offload_for_its_simulations_one_for_scoring_its_lineups_and_one_for_the_fresh_races()
    {
        var optimize = new { objective = "tail", lineups = 3, simulations = 100, seed = 2, locks = new[] { "90000101", "90000102" }, salaryMin = 49_500 };
        var job = await GpuOffloadTests.RunAsync(
            await GpuWorkerFixture.ForcingOffloadAsync(Client(GpuWorkerFixture.ApiSettingsFor(fixture.Worker))),
            new { type = "optimize", slateId = Jobs.JobCalls.SampleSlateId, gpuOffload = true, optimize },
            TimeSpan.FromSeconds(120));

        var run = Span("run job", job.Id);
        var offloads = Snapshot().Where(span => span.DisplayName == "offload job" && span.ParentSpanId == run.SpanId).OrderBy(span => span.StartTimeUtc).ToList();
        Assert.Equal(ExecutionMode.Gpu.Name(), run.GetTagItem(RaceOptimizerTelemetry.Attributes.ExecutionMode));
        // The races that choose the portfolio, the fresh races that value it out of sample, then the scoring.
        Assert.Equal(3, offloads.Count);
        Assert.All(offloads, offload => Assert.Equal(ActivityStatusCode.Unset, offload.Status));
        // The portfolio is built here, inside the last offload, and its ranking calls the worker from there.
        var build = Assert.Single(Snapshot(), span => span.DisplayName == "build portfolio" && span.ParentSpanId == offloads[2].SpanId);
        Assert.Contains(Snapshot(), span => span.Kind == ActivityKind.Client && span.ParentSpanId == build.SpanId && span.DisplayName.StartsWith("POST", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync() => await api.DisposeAsync();

    private HttpClient Client(Dictionary<string, string> settings) =>
        api.Start(settings, services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))).CreateClient();

    /// <summary>The span of this name tagged with the job (spans of other tests' hosts in this process are ignored).</summary>
    private Activity Span(string name, string jobId) =>
        Assert.Single(Snapshot(), span => span.DisplayName == name && (string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.JobId) == jobId);

    private List<Activity> Snapshot() => spans.Snapshot();
}
