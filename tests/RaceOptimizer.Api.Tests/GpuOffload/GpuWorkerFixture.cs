using System.Net.Http.Json;

namespace RaceOptimizer.Api.Tests.GpuOffload;

/// <summary>One real GPU worker process (ILGPU's CPU accelerator) shared by a test class: starting one costs seconds.</summary>
public sealed class GpuWorkerFixture : IAsyncLifetime
{
    public const string ApiKey = "offload-test-key-0123456789abcdef";

    private ServiceProcess? worker;

    public ServiceProcess Worker => worker ?? throw new InvalidOperationException("The worker has not started.");

    public async ValueTask InitializeAsync() => worker = await ServiceProcess.StartWorkerAsync(ApiKey);

    public ValueTask DisposeAsync()
    {
        worker?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Forces offload in the API's GPU settings (the configured worker, its key, the default timeout). The test worker
    /// runs on ILGPU's CPU accelerator, slower than the API's own CPU path, so an offloaded job stays local unless forced:
    /// a test that needs the job to run on the worker calls this first.
    /// </summary>
    public static async Task<HttpClient> ForcingOffloadAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var put = await client.PutAsJsonAsync("/api/settings/gpu", new { enabled = false, url = (string?)null, timeoutSeconds = 30, forceOffload = true }, TestContext.Current.CancellationToken);
        put.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>API settings that point at <paramref name="worker"/> with the right key.</summary>
    public static Dictionary<string, string> ApiSettingsFor(ServiceProcess worker) => new()
    {
        ["GpuWorker:Url"] = worker.Address.ToString(),
        ["GpuWorker:ApiKey"] = ApiKey,
    };
}
