namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// The accelerator a GPU worker computes on, as its `/device` endpoint reports it, and the worker instance that answered
/// (its `X-Worker-Instance` header; null from a worker that does not send one).
/// </summary>
public sealed record GpuDevice(string Kind, string Name, long MemoryBytes, int ComputeUnits, string? Instance = null);
