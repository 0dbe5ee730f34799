using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>A job names the trace of its latest run, so the UI can link to it in the dashboard.</summary>
public sealed class JobTraceTests(RedisServer redis) : IAsyncDisposable
{
    private readonly TestApi api = new(redis);
    private readonly SpanLog spans = new();
    private HttpClient? client;

    private HttpClient Client => client ??= api.Start(services: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))).CreateClient();

    [Fact]
    public async Task A_finished_job_and_its_export_carry_the_trace_id_of_its_run_job_span()
    {
        var job = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(200))).Id);
        var exported = await Client.JsonAsync($"/api/jobs/{job.Id}/export?format=json");

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Matches("^[0-9a-f]{32}$", job.TraceId);
        Assert.Equal(RunSpan(job.Id).TraceId.ToHexString(), job.TraceId);
        Assert.Equal(job.TraceId, exported.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task A_rerun_has_a_trace_of_its_own()
    {
        var original = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(100))).Id);

        var rerun = await Client.WaitUntilFinishedAsync((await Client.PostAsync($"/api/jobs/{original.Id}/rerun")).Id);

        Assert.Matches("^[0-9a-f]{32}$", rerun.TraceId);
        Assert.NotEqual(original.TraceId, rerun.TraceId);
        Assert.Equal(RunSpan(rerun.Id).TraceId.ToHexString(), rerun.TraceId);
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        await api.DisposeAsync();
    }

    /// <summary>The `run job` span of this job (spans of other tests' hosts in this process are ignored).</summary>
    private Activity RunSpan(string jobId) =>
        Assert.Single(spans.Snapshot(), span => span.DisplayName == "run job" && (string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.JobId) == jobId);
}
