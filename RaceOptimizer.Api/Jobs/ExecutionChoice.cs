namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Where a run is computing, as the job records it: its mode, why it fell back or stayed local though it asked for the
/// worker (if it did), the device, and for a GPU run the worker instance that computed it once its reply names it.
/// </summary>
public sealed record ExecutionChoice(ExecutionMode Mode, string? FallbackReason, string DeviceName, string? WorkerInstance = null)
{
    /// <summary>This process's CPU, as jobs that ran here name it.</summary>
    public static string LocalDevice { get; } = $"CPU ({Environment.ProcessorCount} cores)";

    public static ExecutionChoice Local { get; } = new(ExecutionMode.Local, null, LocalDevice);

    public static ExecutionChoice Gpu(string deviceName, string? workerInstance = null) => new(ExecutionMode.Gpu, null, deviceName, workerInstance);

    public static ExecutionChoice Fallback(string reason) => new(ExecutionMode.Fallback, reason, LocalDevice);

    /// <summary>Local by the router's choice, though the job asked for the worker: the reason says why (<see cref="FallbackReasons.WorkerSlower"/>).</summary>
    public static ExecutionChoice LocalBecause(string reason) => new(ExecutionMode.Local, reason, LocalDevice);
}
