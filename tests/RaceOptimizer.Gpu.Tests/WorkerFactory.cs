using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RaceOptimizer.Gpu.Tests;

/// <summary>The real worker in-process, on ILGPU's CPU accelerator, with a known API key.</summary>
public sealed class WorkerFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789abcdef0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GpuWorker:ApiKey", ApiKey);
        builder.UseSetting("GpuWorker:Accelerator", "Cpu");
    }
}
