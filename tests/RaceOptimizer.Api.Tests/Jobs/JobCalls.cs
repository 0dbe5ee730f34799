using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>Job requests as the tests make them, against the sample slate every new database is seeded with.</summary>
internal static class JobCalls
{
    public const string SampleSlateId = "sample-dk-cup-kansas";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static object Simulate(int simulations, string name = "sim", int seed = 42) =>
        new { type = "simulate", name, slateId = SampleSlateId, simulate = new { simulations, seed } };

    public static async Task<JobView> SubmitAsync(this HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/jobs", request, Cancellation);
        var job = await response.ReadAsync<JobView>(HttpStatusCode.Accepted);
        Assert.Equal($"/api/jobs/{job.Id}", response.Headers.Location?.OriginalString);
        return job;
    }

    public static async Task<JobView> JobAsync(this HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JobView>($"/api/jobs/{id}", Cancellation))!;

    /// <summary>Polls the job until <paramref name="done"/> holds of it, failing with its last state after the timeout.</summary>
    public static async Task<JobView> WaitForAsync(this HttpClient client, string id, Func<JobView, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var job = await client.JobAsync(id);
            if (done(job))
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Job {id} is still {job.Status} ({job.ProgressMessage}).");
            await Task.Delay(100, Cancellation);
        }
    }

    /// <summary>A completed cash portfolio of the sample slate by projection: no simulation, so it finishes in seconds.</summary>
    public static async Task<JobView> OptimizeByProjectionAsync(this HttpClient client, int lineups)
    {
        var submitted = await client.SubmitAsync(new
        {
            type = "optimize",
            name = "opt",
            slateId = SampleSlateId,
            optimize = new { objective = "mean", lineups, minUniqueDrivers = 2, simulations = 0 },
        });
        var job = await client.WaitUntilFinishedAsync(submitted.Id, TimeSpan.FromMinutes(3));
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status}: {job.Error}");
        return job;
    }

    public static Task<JobView> WaitUntilFinishedAsync(this HttpClient client, string id, TimeSpan? timeout = null) =>
        client.WaitForAsync(id, job => job.Status.IsFinished(), timeout);

    public static Task<JobView> WaitUntilRunningAsync(this HttpClient client, string id) =>
        client.WaitForAsync(id, job => job.Status == JobStatus.Running);

    public static async Task<JobView> PostAsync(this HttpClient client, string path)
    {
        using var response = await client.PostAsync(path, content: null, Cancellation);
        return await response.ReadAsync<JobView>(response.StatusCode == HttpStatusCode.Accepted ? HttpStatusCode.Accepted : HttpStatusCode.OK);
    }

    public static async Task<JsonElement> JsonAsync(this HttpClient client, string path) =>
        await client.GetFromJsonAsync<JsonElement>(path, Cancellation);
}
