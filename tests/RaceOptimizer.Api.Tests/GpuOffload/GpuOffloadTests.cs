using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Jobs;

namespace RaceOptimizer.Api.Tests.GpuOffload;

/// <summary>Simulate jobs offloaded to a real worker process, and every way that can fail: the job always completes.</summary>
public sealed class GpuOffloadTests(RedisServer redis, GpuWorkerFixture fixture) : IClassFixture<GpuWorkerFixture>, IAsyncDisposable
{
    private readonly TestApi api = new(redis);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_job_offloaded_to_a_worker_slower_than_this_CPU_runs_local_with_the_reason_without_waiting_on_it()
    {
        // The test worker is ILGPU's CPU accelerator: its probe reports a speed below the API's own CPU path.
        var client = api.Start(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)).CreateClient();

        var job = await RunAsync(client, Offloaded(300), TimeSpan.FromSeconds(120));

        Assert.Equal((JobStatus.Completed, ExecutionMode.Local, "worker-slower"), (job.Status, job.ExecutionMode, job.FallbackReason));
        Assert.Equal(ExecutionChoice.LocalDevice, job.DeviceName);
        Assert.Null(job.WorkerInstance);
    }

    [Fact]
    public async Task A_forced_job_with_offload_runs_on_the_worker_as_gpu_and_gives_the_CPU_s_result()
    {
        var client = await GpuWorkerFixture.ForcingOffloadAsync(api.Start(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)).CreateClient());

        var onGpu = await RunAsync(client, Offloaded(300), TimeSpan.FromSeconds(120));
        var local = await RunAsync(client, Simulate(300, gpuOffload: false), TimeSpan.FromSeconds(120));

        Assert.Equal((JobStatus.Completed, ExecutionMode.Gpu, null), (onGpu.Status, onGpu.ExecutionMode, onGpu.FallbackReason));
        Assert.StartsWith("CPU", onGpu.DeviceName, StringComparison.Ordinal); // ILGPU's CPU accelerator names itself so
        Assert.Equal(ExecutionMode.Local, local.ExecutionMode);
        // Same seed, same races: the kernel is Core's engine, so the drivers' summaries are identical to the last digit.
        Assert.Equal(local.Result!.Value.GetProperty("drivers").GetRawText(), onGpu.Result!.Value.GetProperty("drivers").GetRawText());
    }

    [Fact]
    public async Task Each_offloaded_job_reaches_the_worker_on_a_connection_of_its_own_and_records_the_instance_that_ran_it()
    {
        // A balancer picks a worker replica per connection: a job on a kept-alive connection would go where the last one went.
        await using var balancer = new ConnectionCountingProxy(fixture.Worker.Address);
        var client = await GpuWorkerFixture.ForcingOffloadAsync(api.Start(new Dictionary<string, string>(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)) { ["GpuWorker:Url"] = balancer.Address.ToString() }).CreateClient());
        var instance = await WorkerInstanceAsync();

        var jobs = new List<JobView>();
        for (var seed = 0; seed < 3; seed++)
        {
            jobs.Add(await RunAsync(client, Simulate(100, gpuOffload: true, seed), TimeSpan.FromSeconds(60)));
        }

        Assert.All(jobs, job => Assert.Equal((JobStatus.Completed, ExecutionMode.Gpu), (job.Status, job.ExecutionMode)));
        Assert.All(jobs, job => Assert.Equal(instance, job.WorkerInstance));
        // The probe and the run share the job's connection, which ends with the run.
        Assert.Equal(jobs.Count, balancer.Connections);
    }

    [Fact]
    public async Task With_the_worker_unreachable_the_job_falls_back_and_completes()
    {
        var client = api.Start(new Dictionary<string, string> { ["GpuWorker:Url"] = $"http://127.0.0.1:{ClosedPort()}", ["GpuWorker:ApiKey"] = GpuWorkerFixture.ApiKey }).CreateClient();

        var job = await RunAsync(client, Offloaded(200), TimeSpan.FromSeconds(60));

        Assert.Equal((JobStatus.Completed, ExecutionMode.Fallback, "unreachable"), (job.Status, job.ExecutionMode, job.FallbackReason));
        Assert.Equal(ExecutionChoice.LocalDevice, job.DeviceName);
    }

    [Fact]
    public async Task While_the_worker_is_silent_the_job_says_it_waits_and_counts_down_to_the_fallback()
    {
        await using var silent = new SilentWorker();
        var client = api.Start(new Dictionary<string, string> { ["GpuWorker:Url"] = silent.Address.ToString(), ["GpuWorker:ApiKey"] = GpuWorkerFixture.ApiKey }).CreateClient();

        var id = (await client.SubmitAsync(Offloaded(200))).Id;
        var waits = new List<string>();
        var job = await client.WaitForAsync(id, seen => Waited(seen, waits), TimeSpan.FromSeconds(60));

        Assert.Equal((JobStatus.Completed, ExecutionMode.Fallback, "timeout"), (job.Status, job.ExecutionMode, job.FallbackReason));
        // The probe waits at most 5 s; once the worker has been silent a second, each heartbeat says how long is left.
        Assert.All(waits, wait => Assert.Matches(@"^Waiting for the GPU worker, falls back to the CPU in [1-5] s$", wait));
        Assert.True(waits.Count >= 2, $"the wait counts down: {string.Join(" | ", waits)}");
        Assert.Equal(waits.OrderByDescending(wait => wait, StringComparer.Ordinal), waits);
    }

    [Fact]
    public async Task A_wrong_key_entered_in_settings_falls_back_as_unauthorized_and_is_never_stored()
    {
        var client = api.Start(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)).CreateClient();
        const string WrongKey = "not-the-worker-key-5f2c9a";
        using var put = await client.PutAsJsonAsync("/api/settings/gpu", new { enabled = true, url = fixture.Worker.Address.ToString(), timeoutSeconds = 20, apiKey = WrongKey }, Cancellation);

        var settings = await client.GetFromJsonAsync<JsonElement>("/api/settings/gpu", Cancellation);
        var job = await RunAsync(client, Simulate(200, gpuOffload: null), TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True(settings.GetProperty("apiKeySet").GetBoolean());
        Assert.False(settings.TryGetProperty("apiKey", out _));
        Assert.True(job.Status == JobStatus.Completed, job.Error);
        Assert.Equal((ExecutionMode.Fallback, "unauthorized"), (job.ExecutionMode, job.FallbackReason)); // offload came from the settings' default
        foreach (var file in Directory.GetFiles(api.DataFolder, "raceoptimizer.db*"))
        {
            Assert.DoesNotContain(WrongKey, System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, Cancellation)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_worker_killed_mid_job_gives_a_fallback_and_a_completed_job()
    {
        using var doomed = await ServiceProcess.StartWorkerAsync(GpuWorkerFixture.ApiKey);
        // Unsplit: a split job's shards each fall back on their own (ShardedOffloadTests); this is the job's one call.
        var settings = new Dictionary<string, string>(GpuWorkerFixture.ApiSettingsFor(doomed)) { ["GpuWorker:Shards:SplitAbove"] = "100000" };
        var client = await GpuWorkerFixture.ForcingOffloadAsync(api.Start(settings).CreateClient());

        var id = (await client.SubmitAsync(Offloaded(40_000))).Id;
        await client.WaitForAsync(id, job => job is { ExecutionMode: ExecutionMode.Gpu, ProgressPercent: > 0 }, TimeSpan.FromSeconds(60));
        doomed.Kill();
        var finished = await client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(240));

        Assert.True(finished.Status == JobStatus.Completed, finished.Error);
        Assert.Equal((ExecutionMode.Fallback, "worker-died"), (finished.ExecutionMode, finished.FallbackReason));
        Assert.Equal(40_000, finished.Result!.Value.GetProperty("simulations").GetInt32());
    }

    [Fact]
    public async Task Cancelling_an_offloaded_job_cancels_it_without_a_fallback_and_frees_the_worker()
    {
        var client = await GpuWorkerFixture.ForcingOffloadAsync(api.Start(GpuWorkerFixture.ApiSettingsFor(fixture.Worker)).CreateClient());

        var id = (await client.SubmitAsync(Offloaded(500_000))).Id;
        await client.WaitForAsync(id, job => job is { ExecutionMode: ExecutionMode.Gpu, ProgressPercent: > 0 }, TimeSpan.FromSeconds(60));
        await client.PostAsync($"/api/jobs/{id}/cancel");
        var cancelled = await client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(30));
        // The worker runs one simulation at a time: this one completes on it only if the cancelled run really stopped.
        var next = await RunAsync(client, Offloaded(100), TimeSpan.FromSeconds(60));

        Assert.Equal((JobStatus.Cancelled, ExecutionMode.Gpu), (cancelled.Status, cancelled.ExecutionMode));
        Assert.Equal((JobStatus.Completed, ExecutionMode.Gpu), (next.Status, next.ExecutionMode));
    }

    /// <summary>Whether the job has finished, keeping each new waiting message it showed on the way.</summary>
    private static bool Waited(JobView job, List<string> waits)
    {
        if (job.ProgressMessage is { } message && message.StartsWith("Waiting for the GPU worker", StringComparison.Ordinal) && (waits.Count == 0 || waits[^1] != message))
        {
            waits.Add(message);
        }

        return job.Status.IsFinished();
    }

    /// <summary>The worker's name for itself, from its own reply.</summary>
    private async Task<string> WorkerInstanceAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/device");
        request.Headers.Add(Api.GpuWorker.GpuWorkerClient.ApiKeyHeader, GpuWorkerFixture.ApiKey);
        using var response = await fixture.Worker.Client.SendAsync(request, Cancellation);
        return Assert.Single(response.Headers.GetValues(Api.GpuWorker.GpuWorkerClient.InstanceHeader));
    }

    public async ValueTask DisposeAsync() => await api.DisposeAsync();

    internal static object Simulate(int simulations, bool? gpuOffload, int seed = 42) =>
        new { type = "simulate", name = "offload", slateId = JobCalls.SampleSlateId, gpuOffload, simulate = new { simulations, seed } };

    internal static object Offloaded(int simulations) => Simulate(simulations, gpuOffload: true);

    internal static async Task<JobView> RunAsync(HttpClient client, object request, TimeSpan timeout)
    {
        var id = (await client.SubmitAsync(request)).Id;
        return await client.WaitUntilFinishedAsync(id, timeout);
    }

    /// <summary>A loopback port nothing listens on (taken and released at once).</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
