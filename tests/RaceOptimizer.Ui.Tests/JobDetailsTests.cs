using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Components.Jobs;

namespace RaceOptimizer.Ui.Tests;

/// <summary>The Execution tab of the job details: the device and worker, and the job's trace, linked into the Aspire dashboard when the UI knows where it is.</summary>
public sealed class JobDetailsTests : UiTestContext
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Fact]
    public void With_a_dashboard_address_the_trace_id_links_to_the_trace_in_a_new_tab()
    {
        Services.Configure<DashboardOptions>(dashboard => dashboard.Url = "http://localhost:15080/");

        var details = RenderExecution(Job(TraceId));

        var link = details.Find("[data-testid=job-trace-link]");
        Assert.Equal($"http://localhost:15080/traces/detail/{TraceId}", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal(TraceId, link.TextContent);
        Assert.Empty(details.FindAll("[data-testid=job-trace-note]"));
        Assert.Equal(("NVIDIA H200", "gpu-x7k2p9"), (details.Find("[data-testid=job-device]").TextContent, details.Find("[data-testid=job-worker]").TextContent));
    }

    [Fact]
    public void Without_a_dashboard_address_the_trace_id_is_plain_text_and_says_why()
    {
        var details = RenderExecution(Job(TraceId));

        Assert.Empty(details.FindAll("[data-testid=job-trace] a"));
        Assert.Equal(TraceId, details.Find("[data-testid=job-trace-id]").TextContent);
        Assert.Contains("not given the dashboard's address", details.Find("[data-testid=job-trace-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_without_a_trace_says_how_to_find_it_by_its_id()
    {
        Services.Configure<DashboardOptions>(dashboard => dashboard.Url = "http://localhost:15080");

        var details = RenderExecution(Job(traceId: null));

        Assert.Empty(details.FindAll("[data-testid=job-trace] a"));
        Assert.Contains("No trace recorded. In the Aspire dashboard's Traces, filter on raceoptimizer.job.id = job-1", details.Find("[data-testid=job-trace]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_config_reads_as_a_table_of_options_with_the_raw_JSON_behind_a_switch()
    {
        var job = Job(TraceId) with
        {
            Config = JsonDocument.Parse("""{"optimize":{"objective":"roi","lineups":150,"locks":["101","102"],"contest":{"entries":10000,"entryFee":3.5}},"gpuOffload":false}""").RootElement,
        };

        var details = Render<JobDetails>(parameters => parameters.Add(p => p.Job, job));

        var rows = details.FindAll("[data-testid=job-config-table] tr").Select(row => (row.QuerySelector("th")!.TextContent, row.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal(
            [("optimize.objective", "roi"), ("optimize.lineups", "150"), ("optimize.locks", "101, 102"), ("optimize.contest.entries", "10,000"), ("optimize.contest.entryFee", "3.5"), ("gpuOffload", "no")],
            rows);
        Assert.Empty(details.FindAll("[data-testid=job-config]"));
    }

    private IRenderedComponent<JobDetails> RenderExecution(JobView job) =>
        Render<JobDetails>(parameters => parameters.Add(p => p.Job, job).Add(p => p.InitialTab, "execution"));

    private static JobView Job(string? traceId) => JsonSerializer.Deserialize<JobView>($$"""
        {"id":"job-1","name":"Kansas","type":"simulate","status":"completed","slateId":"slate-1","gpuOffload":true,
         "config":{"simulations":1000},"result":null,"error":null,"progressPercent":100,"progressMessage":null,
         "executionMode":"gpu","fallbackReason":null,"deviceName":"NVIDIA H200","workerInstance":"gpu-x7k2p9","traceId":{{JsonSerializer.Serialize(traceId)}},
         "createdAt":"2026-11-29T18:00:00Z","startedAt":"2026-11-29T18:00:01Z","finishedAt":"2026-11-29T18:00:03Z",
         "durationMs":2000,"rerunOf":null,"attempts":1}
        """, JsonSerializerOptions.Web)!;
}
