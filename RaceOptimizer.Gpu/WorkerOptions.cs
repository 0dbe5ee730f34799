using RaceOptimizer.Gpu.Devices;

namespace RaceOptimizer.Gpu;

/// <summary>The worker's settings (section `GpuWorker`). The key is a secret: it is never logged or traced.</summary>
public sealed class WorkerOptions
{
    public const string Section = "GpuWorker";

    public string? ApiKey { get; set; }

    public AcceleratorPreference Accelerator { get; set; } = AcceleratorPreference.Auto;
}
