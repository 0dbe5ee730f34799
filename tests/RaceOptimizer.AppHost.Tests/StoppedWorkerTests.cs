using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RaceOptimizer.AppHost.Tests;

/// <summary>The whole application with its GPU worker stopped: offloaded jobs still complete, on the API's CPU.</summary>
public sealed class StoppedWorkerTests(EmbeddedModeFixture fixture) : IClassFixture<EmbeddedModeFixture>
{
    [Fact]
    public async Task With_the_worker_stopped_an_offloaded_job_completes_as_fallback_with_the_reason()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await fixture.App.StopAsync("gpu", cancellation);
        using var http = fixture.App.CreateHttpClient("api");

        using var submitted = await http.PostAsJsonAsync(
            "/api/jobs",
            new { type = "simulate", slateId = "sample-dk-cup-kansas", gpuOffload = true, simulate = new { simulations = 300, seed = 1 } },
            cancellation);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>(cancellation)).GetProperty("id").GetString();
        var job = await RunningAppContract.WaitUntilFinishedAsync(http, id!);

        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal("fallback", job.GetProperty("executionMode").GetString());
        // Aspire's proxy keeps accepting connections for a stopped resource and answers nothing: the probe times out.
        Assert.Equal("timeout", job.GetProperty("fallbackReason").GetString());
    }
}
