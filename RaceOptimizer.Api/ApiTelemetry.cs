using System.Diagnostics;
using System.Diagnostics.Metrics;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api;

/// <summary>The API's ActivitySource and Meter (`RaceOptimizer.Api`), registered by ServiceDefaults' wildcard.</summary>
internal static class ApiTelemetry
{
    public static readonly ActivitySource Source = RaceOptimizerTelemetry.CreateSource(RaceOptimizerTelemetry.ApiSourceName);

    public static readonly Meter Meter = new(RaceOptimizerTelemetry.ApiSourceName);
}
