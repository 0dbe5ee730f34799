using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using JobViewPage = RaceOptimizer.Ui.Components.Pages.Job;

namespace RaceOptimizer.Ui.Tests;

public sealed class JobViewTests : UiTestContext
{
    private static string Job(string status, string result = "null", string error = "null") => $$"""
        {"id":"job-1","name":"Kansas","type":"optimize","status":"{{status}}","slateId":"slate-1","gpuOffload":false,
         "config":{"lineups":1},"result":{{result}},"error":{{error}},"progressPercent":40,"progressMessage":"building",
         "executionMode":"local","fallbackReason":null,"deviceName":null,"workerInstance":null,"traceId":"0af7651916cd43dd8448eb211c80319c","createdAt":"2026-11-29T18:00:00Z",
         "startedAt":"2026-11-29T18:00:01Z","finishedAt":null,"durationMs":null,"rerunOf":null,"attempts":1}
        """;

    private const string Result = """
        {"site":"DraftKings","objective":"mean","simulations":0,"computeMs":3.2,"target":null,
         "lineups":[{"drivers":["101","102","103","104","105","106"],"names":["A","B","C","D","E","F"],"salary":50000,"projectedPoints":280.5,"histogram":null}],
         "exposures":[{"driver":"101","name":"A","lineups":1,"exposure":1.0}]}
        """;

    [Fact]
    public void A_running_job_shows_its_progress_and_a_completed_one_its_lineups()
    {
        Api.Json(HttpMethod.Get, "/api/jobs/job-1", Job("running"))
            .Json(HttpMethod.Get, "/api/jobs/job-1", Job("completed", Result))
            .Json(HttpMethod.Get, "/api/slates/slate-1/results", """{"title":"No results attached","status":404}""", HttpStatusCode.NotFound);

        var page = Render<JobViewPage>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.RefreshInterval, TimeSpan.Zero));
        page.WaitForAssertion(() => Assert.Equal("40", page.Find("[data-testid=job-progress]").GetAttribute("data-percent")));
        Assert.Contains("building", page.Find("[data-testid=job-progress]").TextContent);

        page.Render(parameters => parameters.Add(p => p.JobId, "job-1"));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=lineups-table] tbody tr")));
        Assert.Contains("280.5", page.Find("[data-testid=lineups-table]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=job-progress]"));
    }

    [Fact]
    public void Change_and_rebuild_opens_the_optimize_form_with_the_job_s_settings()
    {
        Api.Json(HttpMethod.Get, "/api/jobs/job-1", Job("completed", Result))
            .Json(HttpMethod.Get, "/api/slates/slate-1/results", """{"title":"No results attached","status":404}""", HttpStatusCode.NotFound);

        var page = Render<JobViewPage>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.RefreshInterval, TimeSpan.Zero));
        page.WaitForAssertion(() => page.Find("[data-testid=job-page-rebuild]").Click());

        Assert.EndsWith("/optimize?rebuild=job-1", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_job_shows_its_error()
    {
        Api.Json(HttpMethod.Get, "/api/jobs/job-1", Job("failed", error: "\"the slate has no projections\""));

        var page = Render<JobViewPage>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.RefreshInterval, TimeSpan.Zero));

        page.WaitForAssertion(() => Assert.Contains("the slate has no projections", page.Find("[data-testid=job-failed]").TextContent));
    }

    [Fact]
    public void A_fallback_says_in_its_header_why_the_GPU_was_not_used()
    {
        var page = RenderExecuted("fallback", "timeout");

        page.WaitForAssertion(() => Assert.Contains(
            "CPU fallback: the GPU worker did not answer in time", page.Find("[data-testid=job-execution]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_job_kept_off_a_slower_worker_says_so_in_its_header()
    {
        var page = RenderExecuted("local", "worker-slower");

        page.WaitForAssertion(() => Assert.Contains(
            "Local CPU: worker slower than local", page.Find("[data-testid=job-execution]").TextContent, StringComparison.Ordinal));
    }

    /// <summary>The page of a completed job that ran in <paramref name="mode"/> for <paramref name="reason"/>.</summary>
    private IRenderedComponent<JobViewPage> RenderExecuted(string mode, string reason)
    {
        var job = Job("completed", Result).Replace(
            "\"executionMode\":\"local\",\"fallbackReason\":null", $"\"executionMode\":\"{mode}\",\"fallbackReason\":\"{reason}\"", StringComparison.Ordinal);
        Api.Json(HttpMethod.Get, "/api/jobs/job-1", job)
            .Json(HttpMethod.Get, "/api/slates/slate-1/results", """{"title":"No results attached","status":404}""", HttpStatusCode.NotFound);
        return Render<JobViewPage>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.RefreshInterval, TimeSpan.Zero));
    }
}
