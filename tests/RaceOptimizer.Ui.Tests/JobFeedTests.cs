using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Live;

namespace RaceOptimizer.Ui.Tests;

public sealed class JobFeedTests : UiTestContext
{
    private const string Events = """
        event: job
        data: {"id":"job-1","name":"Kansas","type":"optimize","status":"running","progressPercent":10,"progressMessage":null,"executionMode":"local","at":"2026-11-29T18:00:00Z"}

        event: job
        data: {"id":"job-1","name":"Kansas","type":"optimize","status":"running","progressPercent":60,"progressMessage":"3 of 5","executionMode":"local","at":"2026-11-29T18:00:01Z"}

        event: job
        data: {"id":"job-1","name":"Kansas","type":"optimize","status":"completed","progressPercent":100,"progressMessage":null,"executionMode":"local","at":"2026-11-29T18:00:02Z"}


        """;

    private static string Stats(int running, int queued) =>
        $$"""{"total":3,"byStatus":{"queued":{{queued}},"running":{{running}},"completed":0,"failed":0,"cancelled":0},"byMode":{"gpu":0,"local":0,"fallback":0},"successRate":null,"meanDurationMs":null,"medianDurationMs":null}""";

    [Fact]
    public async Task Relays_every_event_and_asks_for_the_counts_only_when_a_status_changes()
    {
        Api.Add(HttpMethod.Get, "/api/jobs/events", () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(Events, Encoding.UTF8, "text/event-stream"),
        });
        Api.Json(HttpMethod.Get, "/api/jobs/stats", Stats(running: 1, queued: 2))
            .Json(HttpMethod.Get, "/api/jobs/stats", Stats(running: 1, queued: 2))
            .Json(HttpMethod.Get, "/api/jobs/stats", Stats(running: 0, queued: 2));
        var feed = Services.GetRequiredService<JobFeed>();
        var seen = new List<JobEvent>();
        var countsChanged = 0;
        feed.JobChanged += job =>
        {
            lock (seen)
            {
                seen.Add(job);
            }

            return Task.CompletedTask;
        };
        feed.CountsChanged += () =>
        {
            Interlocked.Increment(ref countsChanged);
            return Task.CompletedTask;
        };

        feed.Start();

        await WaitUntilAsync(() => Api.CountOf(HttpMethod.Get, "/api/jobs/stats") >= 3 && feed.Running == 0);
        lock (seen)
        {
            Assert.Equal([10, 60, 100], seen.Take(3).Select(job => job.ProgressPercent));
            Assert.Equal("3 of 5", seen[1].ProgressMessage);
        }

        // On connect, on "running" and on "completed": the 60 % progress event asks nothing.
        Assert.Equal(0, feed.Running);
        Assert.Equal(2, feed.Queued);
        Assert.True(countsChanged >= 2);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The feed did not get there within 10 s.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
