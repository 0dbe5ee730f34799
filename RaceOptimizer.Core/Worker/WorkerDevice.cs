namespace RaceOptimizer.Core.Worker;

/// <summary>The accelerator a worker computes on: its `GET /device` reply (JSON), also what its health report describes.</summary>
public sealed record WorkerDevice(string Kind, string Name, long MemoryBytes, int ComputeUnits);
