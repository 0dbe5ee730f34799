namespace RaceOptimizer.Core.Worker;

/// <summary>The accelerator a worker computes on: its `GET /device` reply (JSON), also what its health report describes.</summary>
/// <param name="Kind">ILGPU's accelerator type: `Cuda`, `OpenCL`, or `CPU` (the CPU accelerator, a simulator of a GPU).</param>
/// <param name="RacesPerSecond">
/// <see cref="ReferenceRace"/>s this device runs per second, timed once at the worker's start-up; null from a worker that
/// does not time itself.
/// </param>
public sealed record WorkerDevice(string Kind, string Name, long MemoryBytes, int ComputeUnits, double? RacesPerSecond = null)
{
    /// <summary>The accelerator kind of ILGPU's CPU accelerator.</summary>
    public const string CpuKind = "CPU";
}
