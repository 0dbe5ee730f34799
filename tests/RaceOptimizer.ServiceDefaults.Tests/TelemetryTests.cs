using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.ServiceDefaults.Tests;

public sealed class TelemetryTests
{
    [Theory]
    [InlineData(RaceOptimizerTelemetry.ApiSourceName)]
    [InlineData(RaceOptimizerTelemetry.GpuSourceName)]
    [InlineData(RaceOptimizerTelemetry.CoreSourceName)]
    public async Task Spans_of_every_RaceOptimizer_source_are_exported(string sourceName)
    {
        var exported = new List<Activity>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddServiceDefaults();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported));
        await using var app = builder.Build();
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var source = RaceOptimizerTelemetry.CreateSource(sourceName);

        using (var span = source.StartActivity("run job"))
        {
            span?.SetTag(RaceOptimizerTelemetry.Attributes.ExecutionMode, "local");
        }

        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var run = Assert.Single(exported, a => a.Source.Name == sourceName);
        Assert.Equal("local", run.GetTagItem("raceoptimizer.execution.mode"));
        await app.StopAsync(TestContext.Current.CancellationToken);
    }
}
