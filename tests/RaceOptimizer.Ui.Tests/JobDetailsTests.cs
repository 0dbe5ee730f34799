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
    public void A_split_job_lists_its_shards_where_each_ran_and_which_ran_here()
    {
        var job = Job(TraceId) with
        {
            WorkerInstance = null,
            Shards =
            [
                new JobShard(1, JobShard.RacesWork, 0, 12_000, ExecutionMode.Gpu, "NVIDIA H200", "gpu-a", 1, null),
                new JobShard(1, JobShard.RacesWork, 12_000, 12_000, ExecutionMode.Gpu, "NVIDIA H200", "gpu-b", 2, null),
                new JobShard(2, JobShard.LineupsWork, 0, 500, ExecutionMode.Fallback, "CPU (2 cores)", null, 2, FallbackReasons.WorkerDied),
            ],
        };

        var details = RenderExecution(job);

        Assert.Equal("Split into 3 shards across 2 workers; 1 ran on this machine's CPU after the worker failed", details.Find("[data-testid=job-shards-summary]").TextContent);
        Assert.Equal(["races 1–12,000", "races 12,001–24,000", "lineups 1–500"], details.FindAll("[data-testid=shard-work]").Select(cell => cell.TextContent));
        Assert.Equal(["GPU", "GPU", "CPU fallback: the GPU worker stopped during the job"], details.FindAll("[data-testid=shard-mode]").Select(cell => cell.TextContent));
        Assert.Equal("–", details.Find("[data-testid=job-worker]").TextContent);
    }

    [Fact]
    public void A_job_run_in_one_piece_shows_no_shards()
    {
        var details = RenderExecution(Job(TraceId));

        Assert.Empty(details.FindAll("[data-testid=job-shards]"));
    }

    [Fact]
    public void The_config_reads_as_a_table_of_options_with_the_raw_JSON_behind_a_switch()
    {
        var job = Job(TraceId) with
        {
            Config = JsonDocument.Parse("""{"optimize":{"objective":"roi","lineups":150,"locks":["101","102"],"contest":{"entries":10000,"entryFee":3.5}},"gpuOffload":false}""").RootElement,
        };

        Api.Json(HttpMethod.Get, $"/api/slates/{SlatePayloads.SlateId}", SlatePayloads.Slate);

        var details = Render<JobDetails>(parameters => parameters.Add(p => p.Job, job));

        details.WaitForAssertion(() => Assert.Contains("Kyle Larson", details.Find("[data-testid=job-config-table]").TextContent, StringComparison.Ordinal));
        var rows = details.FindAll("[data-testid=job-config-table] tr").Select(row => (row.QuerySelector("th")!.TextContent, row.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal(
            [("optimize.objective", "roi"), ("optimize.lineups", "150"), ("optimize.locks", "Kyle Larson, Denny Hamlin"), ("optimize.contest.entries", "10,000"), ("optimize.contest.entryFee", "3.5"), ("gpuOffload", "no")],
            rows);
        Assert.Empty(details.FindAll("[data-testid=job-config]"));
        details.Find("[data-testid=job-config-raw]").Change(true);
        Assert.Contains("\"101\"", details.Find("[data-testid=job-config]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_results_read_as_tables_of_lineups_and_exposures_with_driver_names_and_the_raw_JSON_behind_a_switch()
    {
        var job = Job(TraceId) with
        {
            Type = JobType.Optimize,
            Result = JsonDocument.Parse("""
                {"site":"DraftKings","objective":"mean","simulations":0,
                 "lineups":[{"drivers":["101","103"],"names":["Kyle Larson","Cheap Backmarker"],"salary":16200,"projectedPoints":87.9},
                            {"drivers":["102","103"],"names":["Denny Hamlin","Cheap Backmarker"],"salary":15000,"projectedPoints":60}],
                 "exposures":[{"driver":"103","lineups":2,"exposure":1}]}
                """).RootElement,
        };
        Api.Json(HttpMethod.Get, $"/api/slates/{SlatePayloads.SlateId}", SlatePayloads.Slate);

        var details = Render<JobDetails>(parameters => parameters.Add(p => p.Job, job).Add(p => p.InitialTab, "results"));

        details.WaitForAssertion(() => Assert.Contains("Cheap Backmarker", details.Find("[data-testid=job-result-table-exposures]").TextContent, StringComparison.Ordinal));
        Assert.Equal(
            [("site", "DraftKings"), ("objective", "mean"), ("simulations", "0")],
            details.FindAll("[data-testid=job-result-table-facts] tr").Select(row => (row.QuerySelector("th")!.TextContent, row.QuerySelector("td")!.TextContent)));
        var lineups = details.Find("[data-testid=job-result-table-lineups]");
        // The ids read as names repeat the lineup's names: the table shows them once.
        Assert.Equal(["#", "drivers", "salary", "projectedPoints"], lineups.QuerySelectorAll("thead th").Select(cell => cell.TextContent));
        Assert.Equal(
            [["1", "Kyle Larson, Cheap Backmarker", "16,200", "87.9"], ["2", "Denny Hamlin, Cheap Backmarker", "15,000", "60"]],
            lineups.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray()));
        Assert.Empty(details.FindAll("[data-testid=job-result]"));

        details.Find("[data-testid=job-result-raw]").Change(true);

        Assert.Contains("\"projectedPoints\": 87.9", details.Find("[data-testid=job-result]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_its_slate_a_job_s_drivers_read_as_site_ids_and_the_page_says_why()
    {
        var job = Job(TraceId) with { Config = JsonDocument.Parse("""{"optimize":{"locks":["101"]}}""").RootElement };

        var details = Render<JobDetails>(parameters => parameters.Add(p => p.Job, job));

        details.WaitForAssertion(() => Assert.Contains("Drivers are shown by site id", details.Find("[data-testid=driver-names-note]").TextContent, StringComparison.Ordinal));
        Assert.Equal("101", details.Find("[data-testid=job-config-table] td").TextContent);
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
