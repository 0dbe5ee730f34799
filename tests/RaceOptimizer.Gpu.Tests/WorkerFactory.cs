using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Gpu.Tests;

/// <summary>The real worker in-process, on ILGPU's CPU accelerator, with a known API key; its spans are kept in <see cref="Spans"/>.</summary>
public sealed class WorkerFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789abcdef0123456789";

    public SpanLog Spans { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GpuWorker:ApiKey", ApiKey);
        builder.UseSetting("GpuWorker:Accelerator", "Cpu");
        builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
    }
}
