namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Where a run is computing, as the job records it: its mode, why it fell back (if it did), the device, and for a GPU
/// run the worker instance that computed it once its reply names it.
/// </summary>
public sealed record ExecutionChoice(string Mode, string? FallbackReason, string DeviceName, string? WorkerInstance = null)
{
    /// <summary>This process's CPU, as jobs that ran here name it.</summary>
    public static string LocalDevice { get; } = $"CPU ({Environment.ProcessorCount} cores)";

    public static ExecutionChoice Local { get; } = new(ExecutionModes.Local, null, LocalDevice);

    /// <summary>
    /// The device as the job's record shows it: with the worker instance (`NVIDIA H200 on 5xq2kd9a`), so a user sees how
    /// jobs spread over worker replicas. It shares the device column because a column of its own needs a migration.
    /// </summary>
    public string RecordedDevice => WorkerInstance is null ? DeviceName : $"{DeviceName} on {WorkerInstance}";

    public static ExecutionChoice Gpu(string deviceName, string? workerInstance = null) => new(ExecutionModes.Gpu, null, deviceName, workerInstance);

    public static ExecutionChoice Fallback(string reason) => new(ExecutionModes.Fallback, reason, LocalDevice);
}
