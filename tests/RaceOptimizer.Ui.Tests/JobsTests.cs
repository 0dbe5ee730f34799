using System.Net;
using System.Text.Json;
using Bunit;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Components.Jobs;
using JobsPage = RaceOptimizer.Ui.Components.Pages.Jobs;

namespace RaceOptimizer.Ui.Tests;

public sealed class JobsTests : UiTestContext
{
    private const string JobsPath = "/api/jobs";
    private const string StatsPath = "/api/jobs/stats";
    private const string SlatesPath = "/api/slates";

    private const string Stats = """
        {"total":4,"byStatus":{"queued":0,"running":0,"completed":3,"failed":0,"cancelled":1},
         "byMode":{"gpu":1,"local":3,"fallback":0},"successRate":0.75,"meanDurationMs":63.2,"medianDurationMs":46.4}
        """;

    private const string RunningJob = """
        {"id":"job-run","name":"Kansas 10k","type":"simulate","status":"running","slateId":"sample-dk-cup-kansas","gpuOffload":false,
         "config":{"simulations":10000},"result":null,"error":null,"progressPercent":42,"progressMessage":"4200 of 10000",
         "executionMode":"local","fallbackReason":null,"deviceName":null,"workerInstance":null,"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","createdAt":"2026-11-29T18:00:00Z",
         "startedAt":"2026-11-29T18:00:01Z","finishedAt":null,"durationMs":null,"rerunOf":null,"attempts":1}
        """;

    private const string CompletedJob = """
        {"id":"job-done","name":"Kansas 1k","type":"simulate","status":"completed","slateId":"sample-dk-cup-kansas","gpuOffload":false,
         "config":{"simulations":1000},"result":null,"error":null,"progressPercent":100,"progressMessage":null,
         "executionMode":"local","fallbackReason":null,"deviceName":null,"workerInstance":null,"traceId":"5b8aa5a2d2c872e8321cf37308d69df2","createdAt":"2026-11-29T17:00:00Z",
         "startedAt":"2026-11-29T17:00:01Z","finishedAt":"2026-11-29T17:00:02Z","durationMs":1530,"rerunOf":null,"attempts":1}
        """;

    private const string Slates = """
        [{"id":"sample-dk-cup-kansas","name":"DK Cup Kansas","site":"DraftKings",
          "race":{"name":"Hollywood Casino 400","series":"Cup","track":"Kansas","trackType":"Intermediate","scheduledLaps":267,"date":"2026-09-27"},
          "driverCount":38,"createdAt":"2026-11-29T12:00:00Z","hasResults":false}]
        """;

    private static string Page(params string[] jobs) => $$"""{"items":[{{string.Join(',', jobs)}}],"page":1,"pageSize":50,"total":{{jobs.Length}}}""";

    [Fact]
    public void Stats_header_renders_counts_and_success_rate()
    {
        var stats = JsonSerializer.Deserialize<JobStats>(Stats, JsonSerializerOptions.Web)!;

        var header = Render<JobStatsHeader>(parameters => parameters.Add(p => p.Stats, stats));

        Assert.Contains("4", header.Find("[data-testid=stat-total]").TextContent);
        Assert.Contains("3", header.Find("[data-testid=stat-completed]").TextContent);
        Assert.Contains("1", header.Find("[data-testid=stat-cancelled]").TextContent);
        Assert.Contains("0", header.Find("[data-testid=stat-running]").TextContent);
        Assert.Contains("75 %", header.Find("[data-testid=stat-success-rate]").TextContent);
        Assert.Contains("63.2 ms", header.Find("[data-testid=stat-mean-duration]").TextContent);
        Assert.Contains("25 %", header.Find("[data-testid=stat-gpu-share]").TextContent);
    }

    [Fact]
    public void Grid_renders_a_running_job_with_progress_and_a_completed_one_with_duration()
    {
        var page = RenderPage(Page(RunningJob, CompletedJob));

        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count));
        var rows = Rows(page);
        Assert.Contains("Kansas 10k", rows[0].TextContent);
        Assert.NotNull(rows[0].QuerySelector("fluent-badge[color=brand]"));
        Assert.Equal("42", rows[0].QuerySelector("[data-testid=job-progress]")!.GetAttribute("data-percent"));
        Assert.NotNull(rows[0].QuerySelector("[data-testid=job-progress] .fluent-progress-bar, [data-testid=job-progress] fluent-progress-bar"));
        Assert.NotNull(rows[0].QuerySelector("[data-testid=job-cancel]"));
        Assert.Null(rows[0].QuerySelector("[data-testid=job-delete]"));

        Assert.Contains("Kansas 1k", rows[1].TextContent);
        Assert.NotNull(rows[1].QuerySelector("fluent-badge[color=success]"));
        Assert.Null(rows[1].QuerySelector("[data-testid=job-progress]"));
        Assert.Equal("1.53 s", rows[1].QuerySelector("[data-testid=job-duration]")!.TextContent);
        Assert.Null(rows[1].QuerySelector("[data-testid=job-cancel]"));
        Assert.NotNull(rows[1].QuerySelector("[data-testid=job-delete]"));
        Assert.Contains("Local CPU", rows[1].TextContent);
        Assert.Contains("75 %", page.Find("[data-testid=stat-success-rate]").TextContent);
    }

    [Fact]
    public void Cancel_posts_once_to_the_jobs_cancel_url_and_reloads()
    {
        Api.Json(HttpMethod.Post, "/api/jobs/job-run/cancel", RunningJob.Replace("\"running\"", "\"cancelled\"", StringComparison.Ordinal));
        var page = RenderPage(Page(RunningJob));
        page.WaitForAssertion(() => Assert.Single(Rows(page)));
        var loadsBefore = Api.CountOf(HttpMethod.Get, JobsPath);

        page.Find("[data-testid=job-cancel]").Click();

        page.WaitForAssertion(() => Assert.True(Api.CountOf(HttpMethod.Get, JobsPath) > loadsBefore));
        Assert.Equal(1, Api.CountOf(HttpMethod.Post, "/api/jobs/job-run/cancel"));
        Assert.Empty(page.FindAll("[data-testid=api-error]"));
    }

    [Fact]
    public void A_conflict_from_delete_shows_in_the_error_bar()
    {
        Api.Json(HttpMethod.Delete, "/api/jobs/job-done",
            """{"title":"Conflict","status":409,"detail":"Job 'job-done' is not finished"}""", HttpStatusCode.Conflict);
        var page = RenderPage(Page(CompletedJob));
        page.WaitForAssertion(() => Assert.Single(Rows(page)));

        page.Find("[data-testid=job-delete]").Click();

        page.WaitForAssertion(() => Assert.Contains("is not finished", page.Find("[data-testid=api-error]").TextContent));
        Assert.Equal(1, Api.CountOf(HttpMethod.Delete, "/api/jobs/job-done"));
    }

    [Fact]
    public void New_simulation_posts_the_body_and_shows_a_field_error_from_a_400()
    {
        Api.Json(HttpMethod.Get, SlatesPath, Slates)
            .Json(HttpMethod.Post, JobsPath,
                """{"title":"One or more validation errors occurred.","status":400,"errors":{"simulate.simulations":["must be between 1 and 1000000"]}}""",
                HttpStatusCode.BadRequest);
        var form = Render<NewSimulationForm>();
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=simulation-submit]")));

        form.Find("[data-testid=simulation-submit]").Click();

        form.WaitForAssertion(() => Assert.Contains("must be between 1 and 1000000", form.Find("[data-testid=error-simulations]").TextContent));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        Assert.Equal(JobsPath, post.Path);
        using var body = JsonDocument.Parse(post.Body!);
        Assert.Equal("simulate", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("sample-dk-cup-kansas", body.RootElement.GetProperty("slateId").GetString());
        Assert.Equal("Simulate DK Cup Kansas", body.RootElement.GetProperty("name").GetString());
        Assert.Equal(10000, body.RootElement.GetProperty("simulate").GetProperty("simulations").GetInt32());
        Assert.Empty(form.FindAll("[data-testid=api-error]"));
    }

    private IRenderedComponent<JobsPage> RenderPage(string jobs)
    {
        Api.Json(HttpMethod.Get, JobsPath, jobs)
            .Json(HttpMethod.Get, StatsPath, Stats)
            .Json(HttpMethod.Get, SlatesPath, Slates);
        // No polling in these tests: each one drives the page itself.
        return Render<JobsPage>(parameters => parameters.Add(p => p.PollInterval, TimeSpan.Zero));
    }

    private static List<AngleSharp.Dom.IElement> Rows(IRenderedComponent<JobsPage> page) =>
        [.. page.FindAll("[data-testid=jobs-grid] tbody tr").Where(row => row.QuerySelector("fluent-badge") is not null)];
}
