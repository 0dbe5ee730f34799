using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;

namespace RaceOptimizer.Api.Tests.Jobs;

public sealed class JobLifecycleTests(RedisServer redis) : ApiTest(redis)
{
    /// <summary>Long enough (about a minute and a half on two cores) to still be running when a test acts on it.</summary>
    private const int LongRun = 1_000_000;

    [Fact]
    public async Task A_job_is_queued_runs_locally_and_completes_with_its_result()
    {
        var queued = await Client.SubmitAsync(JobCalls.Simulate(400, name: "kansas sim"));

        var job = await Client.WaitUntilFinishedAsync(queued.Id);

        Assert.Equal(JobStatus.Queued, queued.Status);
        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal("kansas sim", job.Name);
        Assert.Equal(ExecutionMode.Local, job.ExecutionMode);
        Assert.StartsWith("CPU", job.DeviceName, StringComparison.Ordinal);
        Assert.Equal(1, job.Attempts);
        Assert.Equal(100, job.ProgressPercent);
        Assert.True(job.DurationMs > 0);
        Assert.True(job.StartedAt >= job.CreatedAt && job.FinishedAt >= job.StartedAt);
        Assert.Equal(400, job.Config.GetProperty("simulations").GetInt32());
        Assert.NotEmpty(job.Result!.Value.GetProperty("drivers").EnumerateArray());
    }

    [Fact]
    public async Task An_invalid_request_is_refused_naming_every_bad_field_and_nothing_is_queued()
    {
        using var response = await Client.PostAsJsonAsync(
            "/api/jobs",
            new { type = "simulate", name = new string('x', 201), simulate = new { simulations = 1_000_001 } },
            Cancellation);
        var problem = await response.ProblemAsync();
        using var unknownType = await Client.PostAsJsonAsync("/api/jobs", new { type = "qualify" }, Cancellation);
        var typeProblem = await unknownType.ProblemAsync();
        var history = await Client.JsonAsync("/api/jobs");

        Assert.Equal(["name", "simulate.simulations", "slateId"], problem.Errors!.Keys.Order());
        Assert.Contains("type", typeProblem.Errors!.Keys);
        Assert.Equal(0, history.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Submits_arriving_together_are_each_saved_once_and_answered_with_their_own_job()
    {
        var client = Api.Start(new Dictionary<string, string> { ["Jobs:Concurrency"] = "0" }).CreateClient();

        // Sent at once, they are saved in shared transactions (JobInbox): every one must still come back as its own job.
        var submitted = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => client.SubmitAsync(JobCalls.Simulate(10, name: $"burst {i}", seed: i))));

        Assert.Equal(60, submitted.Select(j => j.Id).Distinct().Count());
        foreach (var (job, i) in submitted.Select((j, i) => (j, i)))
        {
            var stored = await client.JobAsync(job.Id);
            Assert.Equal((JobStatus.Queued, $"burst {i}"), (stored.Status, stored.Name));
            Assert.Equal(i, stored.Config.GetProperty("seed").GetInt32());
        }
    }

    [Fact]
    public async Task A_queued_job_is_cancelled_at_once()
    {
        var single = Api.Start(new Dictionary<string, string> { ["Jobs:Concurrency"] = "1" }).CreateClient();
        var blocker = await single.SubmitAsync(JobCalls.Simulate(LongRun, name: "blocker"));
        await single.WaitUntilRunningAsync(blocker.Id);
        var waiting = await single.SubmitAsync(JobCalls.Simulate(100, name: "waiting"));

        var cancelled = await single.PostAsync($"/api/jobs/{waiting.Id}/cancel");
        await single.PostAsync($"/api/jobs/{blocker.Id}/cancel");

        Assert.Equal(JobStatus.Cancelled, cancelled.Status);
        Assert.Equal(0, cancelled.Attempts);
        Assert.Equal(JobStatus.Cancelled, (await single.WaitUntilFinishedAsync(blocker.Id)).Status);
        Assert.Equal(JobStatus.Cancelled, (await single.JobAsync(waiting.Id)).Status);
    }

    [Fact]
    public async Task A_running_job_stops_within_a_second_and_ends_cancelled_not_failed()
    {
        var job = await Client.SubmitAsync(JobCalls.Simulate(LongRun));
        await Client.WaitUntilRunningAsync(job.Id);

        var asked = DateTime.UtcNow;
        await Client.PostAsync($"/api/jobs/{job.Id}/cancel");
        var stopped = await Client.WaitUntilFinishedAsync(job.Id, TimeSpan.FromSeconds(10));
        var took = DateTime.UtcNow - asked;

        Assert.Equal(JobStatus.Cancelled, stopped.Status);
        Assert.True(took < TimeSpan.FromSeconds(2), $"Cancelling took {took.TotalMilliseconds:F0} ms.");
        using var again = await Client.PostAsync($"/api/jobs/{job.Id}/cancel", null, Cancellation);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_rerun_repeats_the_config_under_a_suffixed_name()
    {
        var original = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(200, name: "base", seed: 7))).Id);

        var rerun = await Client.PostAsync($"/api/jobs/{original.Id}/rerun");
        var finished = await Client.WaitUntilFinishedAsync(rerun.Id);

        Assert.Equal("base (re-run)", rerun.Name);
        Assert.Equal(original.Id, rerun.RerunOf);
        Assert.Equal(original.Config.GetRawText(), rerun.Config.GetRawText());
        Assert.Equal(JobStatus.Completed, finished.Status);
        // Same seed, same config: the same numbers.
        Assert.Equal(original.Result!.Value.GetProperty("drivers").GetRawText(), finished.Result!.Value.GetProperty("drivers").GetRawText());
    }

    [Fact]
    public async Task Only_finished_jobs_can_be_deleted()
    {
        var running = await Client.SubmitAsync(JobCalls.Simulate(LongRun));
        await Client.WaitUntilRunningAsync(running.Id);

        using var refused = await Client.DeleteAsync($"/api/jobs/{running.Id}", Cancellation);
        await Client.PostAsync($"/api/jobs/{running.Id}/cancel");
        await Client.WaitUntilFinishedAsync(running.Id);
        using var deleted = await Client.DeleteAsync($"/api/jobs/{running.Id}", Cancellation);
        using var gone = await Client.GetAsync($"/api/jobs/{running.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await gone.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Progress_and_status_changes_stream_as_server_sent_events()
    {
        // The stream's headers may only come with its first event: connect first, then submit.
        var connecting = Client.GetStreamAsync("/api/jobs/events", Cancellation);
        await Task.Delay(500, Cancellation);
        var job = await Client.SubmitAsync(JobCalls.Simulate(20_000, name: "streamed"));
        using var reader = new StreamReader(await connecting);

        var seen = new List<JobEvent>();
        while (seen.LastOrDefault()?.Status != JobStatus.Completed)
        {
            var line = await reader.ReadLineAsync(Cancellation);
            if (line?.StartsWith("data: ", StringComparison.Ordinal) == true
                && JsonSerializer.Deserialize<JobEvent>(line["data: ".Length..], JsonSerializerOptions.Web) is { } jobEvent
                && jobEvent.Id == job.Id)
            {
                seen.Add(jobEvent);
            }
        }

        Assert.Contains(seen, e => e.Status == JobStatus.Running);
        Assert.Equal("streamed", seen[^1].Name);
        Assert.Equal(100, seen[^1].ProgressPercent);
    }
}
