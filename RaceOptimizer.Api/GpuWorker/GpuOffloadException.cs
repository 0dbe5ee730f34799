using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>A call to the GPU worker failed; <see cref="Reason"/> is one of <see cref="FallbackReasons"/>.</summary>
public sealed class GpuOffloadException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Reason { get; } = reason;
}
