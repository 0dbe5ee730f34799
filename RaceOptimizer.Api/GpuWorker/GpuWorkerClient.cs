using Microsoft.Extensions.Options;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>Typed client of the GPU worker, found through service discovery unless a URL overrides it.</summary>
public sealed class GpuWorkerClient(HttpClient http)
{
    public async Task<GpuDevice> GetDeviceAsync(CancellationToken cancellationToken)
    {
        var device = await http.GetFromJsonAsync<GpuDevice>("/device", cancellationToken);
        return device ?? throw new InvalidOperationException("The GPU worker answered /device with an empty body.");
    }
}

internal static class GpuWorkerClientRegistration
{
    public static void AddGpuWorkerClient(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<GpuWorkerOptions>(builder.Configuration.GetSection(GpuWorkerOptions.Section));
        builder.Services.AddTransient<ApiKeyHandler>();
        builder.Services.AddHttpClient<GpuWorkerClient>((services, http) =>
                http.BaseAddress = new Uri(services.GetRequiredService<IOptions<GpuWorkerOptions>>().Value.Url))
            .AddHttpMessageHandler<ApiKeyHandler>();
    }
}
