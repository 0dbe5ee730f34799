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

    /// <summary>API settings that point at <paramref name="worker"/> with the right key.</summary>
    public static Dictionary<string, string> ApiSettingsFor(ServiceProcess worker) => new()
    {
        ["GpuWorker:Url"] = worker.Address.ToString(),
        ["GpuWorker:ApiKey"] = ApiKey,
    };
}
