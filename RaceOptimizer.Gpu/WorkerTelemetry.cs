using System.Diagnostics;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Gpu;

/// <summary>The worker's ActivitySource (`RaceOptimizer.Gpu`), registered by ServiceDefaults' wildcard.</summary>
internal static class WorkerTelemetry
{
    public static readonly ActivitySource Source = RaceOptimizerTelemetry.CreateSource(RaceOptimizerTelemetry.GpuSourceName);

    /// <summary>The `evaluate lineups` span every lineup kernel's run opens, with the device, this worker and the size of the work.</summary>
    public static Activity? StartEvaluation(WorkerDevice device, int lineups, int simulations)
    {
        var activity = Source.StartActivity("evaluate lineups");
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, device.Name);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.WorkerInstance, WorkerInstance.Id);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.Lineups, lineups);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.Simulations, simulations);
        return activity;
    }
}
