namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// What a worker computed and which worker instance computed it. Replicas answer behind one address, so only the
/// reply itself can say where the work ran.
/// </summary>
public sealed record WorkerReply<T>(T Value, string? Instance)
{
    /// <summary>The device that computed it, where the reply names it (a simulation's does).</summary>
    public string? Device { get; init; }
}
