using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Jobs;

namespace RaceOptimizer.Api.Tests.Settings;

/// <summary>The two settings contracts the UI codes against, on a real SQLite file.</summary>
public sealed class SettingsApiTests(RedisServer redis) : ApiTest(redis)
{
    [Fact]
    public async Task Gpu_settings_start_at_their_defaults_and_survive_a_restart_without_the_key()
    {
        var initial = await Client.JsonAsync("/api/settings/gpu");
        using var put = await Client.PutAsJsonAsync("/api/settings/gpu", new { enabled = true, url = "http://gpu-box:5082", timeoutSeconds = 45, apiKey = "secret-typed-in-settings", forceOffload = true }, Cancellation);
        var saved = await put.ReadAsync<JsonElement>();
        var afterRestart = await Api.Start().CreateClient().JsonAsync("/api/settings/gpu");

        Assert.Equal("""{"enabled":false,"url":null,"timeoutSeconds":30,"apiKeySet":false,"forceOffload":false}""", initial.GetRawText());
        Assert.Equal("""{"enabled":true,"url":"http://gpu-box:5082","timeoutSeconds":45,"apiKeySet":true,"forceOffload":true}""", saved.GetRawText());
        // Another process reads the same database: the settings are there, the key (memory only) is not.
        Assert.Equal("""{"enabled":true,"url":"http://gpu-box:5082","timeoutSeconds":45,"apiKeySet":false,"forceOffload":true}""", afterRestart.GetRawText());
    }

    [Fact]
    public async Task Invalid_gpu_settings_are_refused_field_by_field()
    {
        using var response = await Client.PutAsJsonAsync("/api/settings/gpu", new { url = "ftp://x", timeoutSeconds = 0 }, Cancellation);

        var problem = await response.ProblemAsync();

        Assert.Equal(["enabled", "timeoutSeconds", "url"], problem.Errors!.Keys.Order());
    }

    [Fact]
    public async Task Defaults_are_150_lineups_and_10000_simulations_until_changed()
    {
        var initial = await Client.JsonAsync("/api/settings/defaults");
        using var put = await Client.PutAsJsonAsync("/api/settings/defaults", new { lineups = 20, simulations = 0 }, Cancellation);
        var changed = await Client.JsonAsync("/api/settings/defaults");

        Assert.Equal("""{"lineups":150,"simulations":10000}""", initial.GetRawText());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("""{"lineups":20,"simulations":0}""", changed.GetRawText());
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(501, 100)]
    [InlineData(10, -1)]
    [InlineData(10, 1_000_001)]
    public async Task Defaults_out_of_range_are_refused(int lineups, int simulations)
    {
        using var response = await Client.PutAsJsonAsync("/api/settings/defaults", new { lineups, simulations }, Cancellation);

        var problem = await response.ProblemAsync();

        Assert.Single(problem.Errors!);
    }

    [Fact]
    public async Task Testing_an_unreachable_worker_answers_ok_false_with_the_reason()
    {
        using var put = await Client.PutAsJsonAsync("/api/settings/gpu", new { enabled = false, url = "http://127.0.0.1:1", timeoutSeconds = 5, apiKey = "key-for-port-1" }, Cancellation);

        using var response = await Client.PostAsync("/api/settings/gpu/test", content: null, Cancellation);
        var result = await response.ReadAsync<JsonElement>();

        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.StartsWith("unreachable: ", result.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_without_gpuOffload_takes_the_settings_default()
    {
        using var put = await Client.PutAsJsonAsync("/api/settings/gpu", new { enabled = true, url = "http://127.0.0.1:1", timeoutSeconds = 5, apiKey = "key-for-port-1" }, Cancellation);

        var job = await Client.SubmitAsync(new { type = "simulate", slateId = JobCalls.SampleSlateId, simulate = new { simulations = 50 } });
        var finished = await Client.WaitUntilFinishedAsync(job.Id);

        Assert.True(job.GpuOffload);
        Assert.Equal((JobStatus.Completed, ExecutionMode.Fallback, "unreachable"), (finished.Status, finished.ExecutionMode, finished.FallbackReason));
    }
}
