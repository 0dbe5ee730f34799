using System.Diagnostics;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Gpu;

/// <summary>The worker's ActivitySource (`RaceOptimizer.Gpu`), registered by ServiceDefaults' wildcard.</summary>
internal static class WorkerTelemetry
{
    public static readonly ActivitySource Source = RaceOptimizerTelemetry.CreateSource(RaceOptimizerTelemetry.GpuSourceName);
}
