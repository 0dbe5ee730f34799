namespace RaceOptimizer.Gpu.Devices;

/// <summary>The accelerator in use, as `/device` and the health report describe it.</summary>
public sealed record DeviceInfo(string Kind, string Name, long MemoryBytes, int ComputeUnits);
