namespace RaceOptimizer.Api.GpuWorker;

/// <summary>The accelerator a GPU worker computes on, as its `/device` endpoint reports it.</summary>
public sealed record GpuDevice(string Kind, string Name, long MemoryBytes, int ComputeUnits);
