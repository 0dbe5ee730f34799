using System.Diagnostics;

namespace RaceOptimizer.Core;

/// <summary>Core's ActivitySource, registered with the others by ServiceDefaults' "RaceOptimizer.*" wildcard.</summary>
internal static class CoreTelemetry
{
    public static readonly ActivitySource Source = new("RaceOptimizer.Core");
}
