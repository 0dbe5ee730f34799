using System.Diagnostics;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Ui;

/// <summary>The UI's ActivitySource; ServiceDefaults registers every `RaceOptimizer.*` source with OpenTelemetry.</summary>
internal static class UiTelemetry
{
    public static ActivitySource Source { get; } = RaceOptimizerTelemetry.CreateSource(RaceOptimizerTelemetry.UiSourceName);
}
