using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RaceOptimizer.AppHost.Tests;

/// <summary>What must hold of a started application whatever its Redis mode; each mode runs these against its own app.</summary>
public abstract class RunningAppContract(RunningAppFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected RaceOptimizerApp App => fixture.App;

    [Theory]
    [InlineData("api", new[] { "sqlite", "redis" })]
    [InlineData("gpu", new[] { "device" })]
    [InlineData("ui", new[] { "api" })]
    public async Task Each_service_reports_healthy_with_its_real_checks(string resource, string[] checks)
    {
        using var http = fixture.App.CreateHttpClient(resource);

        using var response = await http.GetAsync("/health", Cancellation);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        // Integrations name their checks themselves (Aspire's Redis client calls its check "StackExchange.Redis").
        var reported = report.GetProperty("checks").EnumerateObject().ToList();
        foreach (var check in checks)
        {
            var found = Assert.Single(reported, r => r.Name.Contains(check, StringComparison.OrdinalIgnoreCase));
            Assert.Equal("Healthy", found.Value.GetProperty("status").GetString());
        }

        using var alive = await http.GetAsync("/alive", Cancellation);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task The_worker_names_its_ILGPU_device()
    {
        using var http = fixture.App.CreateHttpClient("gpu");

        var report = await http.GetFromJsonAsync<JsonElement>("/health", Cancellation);
        var device = report.GetProperty("checks").GetProperty("device");

        Assert.Contains(device.GetProperty("data").GetProperty("kind").GetString(), new[] { "Cuda", "OpenCL", "CPU" });
        Assert.False(string.IsNullOrWhiteSpace(device.GetProperty("data").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_api_writes_and_reads_both_Redis_and_SQLite()
    {
        using var http = fixture.App.CreateHttpClient("api");

        using var created = await http.PostAsync("/api/system/self-tests", content: null, Cancellation);
        var selfTest = await created.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var history = await http.GetFromJsonAsync<JsonElement[]>("/api/system/self-tests", Cancellation);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(selfTest.GetProperty("redisOk").GetBoolean(), selfTest.GetProperty("message").GetString());
        Assert.True(selfTest.GetProperty("sqliteOk").GetBoolean(), selfTest.GetProperty("message").GetString());
        Assert.Contains(history!, row => row.GetProperty("id").GetInt64() == selfTest.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task The_api_reports_its_stack_SQLite_in_WAL_mode_in_the_data_folder_and_the_chosen_Redis()
    {
        using var http = fixture.App.CreateHttpClient("api");

        var system = await http.GetFromJsonAsync<JsonElement>("/api/system", Cancellation);

        var database = system.GetProperty("database");
        Assert.Equal("wal", database.GetProperty("journalMode").GetString());
        Assert.Equal(Path.Combine(fixture.App.DataFolder, "raceoptimizer.db"), database.GetProperty("path").GetString());
        Assert.True(File.Exists(database.GetProperty("path").GetString()));
        Assert.Contains(database.GetProperty("migrations").EnumerateArray(), m => m.GetString()!.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(fixture.RedisMode, system.GetProperty("redis").GetProperty("mode").GetString());
        Assert.True(system.GetProperty("gpuWorker").GetProperty("reachable").GetBoolean(), system.GetProperty("gpuWorker").ToString());
    }

    [Fact]
    public async Task A_simulation_job_on_the_sample_slate_runs_once_to_completion()
    {
        using var http = fixture.App.CreateHttpClient("api");

        using var submitted = await http.PostAsJsonAsync(
            "/api/jobs",
            new { type = "simulate", name = "end to end", slateId = "sample-dk-cup-kansas", simulate = new { simulations = 500, seed = 3 } },
            Cancellation);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString();
        var job = await WaitUntilFinishedAsync(http, id!);

        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(1, job.GetProperty("attempts").GetInt32());
        Assert.Equal(36, job.GetProperty("result").GetProperty("drivers").GetArrayLength());
    }

    [Fact]
    public async Task Jobs_with_offload_run_on_the_worker_as_gpu()
    {
        using var http = fixture.App.CreateHttpClient("api");
        await ForceOffloadAsync(http);

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var submitted = await http.PostAsJsonAsync(
                "/api/jobs",
                new { type = "simulate", name = $"offloaded {i}", slateId = "sample-dk-cup-kansas", gpuOffload = true, simulate = new { simulations = 300, seed = i } },
                Cancellation);
            ids.Add((await submitted.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString()!);
        }

        foreach (var id in ids)
        {
            var job = await WaitUntilFinishedAsync(http, id);
            Assert.Equal("completed", job.GetProperty("status").GetString());
            Assert.Equal("gpu", job.GetProperty("executionMode").GetString());
            Assert.StartsWith("CPU", job.GetProperty("deviceName").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_worker_refuses_a_request_without_the_api_key()
    {
        using var http = fixture.App.CreateHttpClient("gpu");

        using var response = await http.GetAsync("/device", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Only_a_signed_in_caller_reaches_the_api()
    {
        using var http = fixture.App.CreateHttpClient("api");
        http.DefaultRequestHeaders.Authorization = null;

        using var response = await http.GetAsync("/api/jobs", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_person_signs_in_to_the_ui_with_the_link_the_dashboard_shows()
    {
        var link = await fixture.App.SignInLinkAsync(Cancellation);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = fixture.App.EndpointOf("ui"),
        };

        using var before = await browser.GetAsync("/races", Cancellation);
        using var wrongLink = await browser.GetAsync("/login?t=not-this-install-s-token", Cancellation);
        using var signIn = await browser.GetAsync(link.PathAndQuery, Cancellation);
        using var after = await browser.GetAsync("/races", Cancellation);

        Assert.Equal((HttpStatusCode.Redirect, "/login"), (before.StatusCode, before.Headers.Location?.AbsolutePath));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongLink.StatusCode);
        Assert.Equal(fixture.App.EndpointOf("ui").Authority, link.Authority);
        Assert.Equal((HttpStatusCode.Redirect, "/"), (signIn.StatusCode, signIn.Headers.Location?.AbsolutePath));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    /// <summary>
    /// The app's workers run on ILGPU's CPU accelerator (`--Gpu:Accelerator=Cpu`), slower than the API's own CPU path: an
    /// offloaded job stays local unless the GPU settings force offload, as a test that needs the worker does.
    /// </summary>
    internal static async Task ForceOffloadAsync(HttpClient http)
    {
        using var put = await http.PutAsJsonAsync("/api/settings/gpu", new { enabled = false, url = (string?)null, timeoutSeconds = 30, forceOffload = true }, TestContext.Current.CancellationToken);
        put.EnsureSuccessStatusCode();
    }

    internal static Task<JsonElement> WaitUntilFinishedAsync(HttpClient http, string id, TimeSpan? within = null) =>
        WaitForAsync(http, id, job => job.GetProperty("status").GetString() is not ("queued" or "running"), within ?? TimeSpan.FromSeconds(90));

    /// <summary>The job once <paramref name="reached"/> holds, or as it is when <paramref name="within"/> has passed.</summary>
    internal static async Task<JsonElement> WaitForAsync(HttpClient http, string id, Func<JsonElement, bool> reached, TimeSpan within)
    {
        JsonElement job;
        var deadline = DateTime.UtcNow + within;
        do
        {
            await Task.Delay(250, Cancellation);
            job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}", Cancellation);
        }
        while (!reached(job) && DateTime.UtcNow < deadline);
        return job;
    }
}

/// <summary>redis-server, two API replicas and two GPU workers: besides the contract, offloaded jobs spread over the workers.</summary>
public sealed class ServerModeTests(ServerModeFixture fixture) : RunningAppContract(fixture), IClassFixture<ServerModeFixture>
{
    [Fact]
    public async Task Offloaded_jobs_one_after_another_spread_over_both_worker_replicas()
    {
        using var http = App.CreateHttpClient("api");
        await ForceOffloadAsync(http);

        // Aspire's proxy gives each connection to a replica at random and each run ends its connection, so every job is a
        // fresh pick: stopping at the second replica takes three jobs on average; sixteen on one replica has odds of 1 in 32,768.
        var workers = new HashSet<string>();
        for (var seed = 0; seed < 16 && workers.Count < 2; seed++)
        {
            using var submitted = await http.PostAsJsonAsync(
                "/api/jobs",
                new { type = "simulate", name = $"spread {seed}", slateId = "sample-dk-cup-kansas", gpuOffload = true, simulate = new { simulations = 300, seed } },
                TestContext.Current.CancellationToken);
            var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString();
            var job = await WaitUntilFinishedAsync(http, id!);

            Assert.Equal(("completed", "gpu"), (job.GetProperty("status").GetString(), job.GetProperty("executionMode").GetString()));
            workers.Add(job.GetProperty("workerInstance").GetString()!); // the worker process that ran the job
        }

        Assert.Equal(2, workers.Count);
    }
}

public sealed class EmbeddedModeTests(EmbeddedModeFixture fixture) : RunningAppContract(fixture), IClassFixture<EmbeddedModeFixture>;
