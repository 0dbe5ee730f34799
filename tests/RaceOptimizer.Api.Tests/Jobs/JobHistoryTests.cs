using System.Net;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;

namespace RaceOptimizer.Api.Tests.Jobs;

public sealed class JobHistoryTests(RedisServer redis) : ApiTest(redis), IAsyncLifetime
{
    private readonly List<JobView> jobs = [];

    public async ValueTask InitializeAsync()
    {
        foreach (var name in new[] { "cash build", "gpp build", "cash check" })
        {
            jobs.Add(await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(100, name))).Id));
        }

        var cancelled = await Client.SubmitAsync(JobCalls.Simulate(1_000_000, "long one"));
        await Client.WaitUntilRunningAsync(cancelled.Id);
        await Client.PostAsync($"/api/jobs/{cancelled.Id}/cancel");
        jobs.Add(await Client.WaitUntilFinishedAsync(cancelled.Id));
    }

    [Fact]
    public async Task The_history_is_newest_first_and_filters_by_status_type_mode_text_date_and_slate()
    {
        var all = await Client.JsonAsync("/api/jobs");
        var completed = await Client.JsonAsync("/api/jobs?status=completed&type=simulate&mode=local");
        var cash = await Client.JsonAsync("/api/jobs?q=cash");
        var byConfig = await Client.JsonAsync("/api/jobs?q=1000000");
        var future = await Client.JsonAsync($"/api/jobs?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"))}");
        var ofTheSample = await Client.JsonAsync($"/api/jobs?slateId={JobCalls.SampleSlateId}&status=completed");
        var ofAnother = await Client.JsonAsync("/api/jobs?slateId=another-slate");

        Assert.Equal(["long one", "cash check", "gpp build", "cash build"], Names(all));
        Assert.Equal(3, completed.GetProperty("total").GetInt32());
        Assert.Equal(["cash check", "cash build"], Names(cash));
        Assert.Equal(["long one"], Names(byConfig));
        Assert.Equal(0, future.GetProperty("total").GetInt32());
        Assert.Equal(3, ofTheSample.GetProperty("total").GetInt32()); // the race page's question: this slate's finished jobs
        Assert.Equal(0, ofAnother.GetProperty("total").GetInt32());
        Assert.All(all.GetProperty("items").EnumerateArray(), item => Assert.Equal(JsonValueKind.Null, item.GetProperty("result").ValueKind));
    }

    [Fact]
    public async Task The_history_pages()
    {
        var first = await Client.JsonAsync("/api/jobs?page=1&pageSize=3");
        var second = await Client.JsonAsync("/api/jobs?page=2&pageSize=3");

        Assert.Equal(4, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(["cash build"], Names(second));
    }

    [Theory]
    [InlineData("status=done", "status")]
    [InlineData("type=qualify", "type")]
    [InlineData("mode=cloud", "mode")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task A_bad_filter_is_refused_by_name(string query, string field)
    {
        using var response = await Client.GetAsync($"/api/jobs?{query}", Cancellation);

        var problem = await response.ProblemAsync();

        Assert.Contains(field, problem.Errors!.Keys);
    }

    [Fact]
    public async Task Stats_count_by_status_and_mode_with_success_rate_and_durations()
    {
        var stats = await Client.JsonAsync("/api/jobs/stats");
        var durations = jobs.Where(j => j.Status == JobStatus.Completed).Select(j => j.DurationMs!.Value).Order().ToList();

        Assert.Equal(4, stats.GetProperty("total").GetInt32());
        Assert.Equal(3, stats.GetProperty("byStatus").GetProperty("completed").GetInt32());
        Assert.Equal(1, stats.GetProperty("byStatus").GetProperty("cancelled").GetInt32());
        Assert.Equal(4, stats.GetProperty("byMode").GetProperty("local").GetInt32());
        Assert.Equal(0.75, stats.GetProperty("successRate").GetDouble(), 6);
        Assert.Equal(durations.Average(), stats.GetProperty("meanDurationMs").GetDouble(), 3);
        Assert.Equal(durations[1], stats.GetProperty("medianDurationMs").GetDouble(), 3);
    }

    [Fact]
    public async Task One_job_or_the_whole_history_exports_as_JSON()
    {
        using var one = await Client.GetAsync($"/api/jobs/{jobs[0].Id}/export?format=json", Cancellation);
        var exported = JsonSerializer.Deserialize<JsonElement>(await one.Content.ReadAsStringAsync(Cancellation));
        using var all = await Client.GetAsync("/api/jobs/export", Cancellation);
        var history = JsonSerializer.Deserialize<JsonElement[]>(await all.Content.ReadAsStringAsync(Cancellation));
        using var lineups = await Client.GetAsync($"/api/jobs/{jobs[0].Id}/export?format=dk", Cancellation);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(jobs[0].Id, exported.GetProperty("id").GetString());
        Assert.NotEqual(JsonValueKind.Null, exported.GetProperty("result").ValueKind);
        Assert.Equal(4, history!.Length);
        await lineups.ProblemAsync();
    }

    private static string[] Names(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()!)];
}
