namespace RaceOptimizer.Api.Jobs;

/// <summary>Where a run is computing, as the job records it: its mode, why it fell back (if it did), and the device.</summary>
public sealed record ExecutionChoice(string Mode, string? FallbackReason, string DeviceName)
{
    /// <summary>This process's CPU, as jobs that ran here name it.</summary>
    public static string LocalDevice { get; } = $"CPU ({Environment.ProcessorCount} cores)";

    public static ExecutionChoice Local { get; } = new(ExecutionModes.Local, null, LocalDevice);

    public static ExecutionChoice Gpu(string deviceName) => new(ExecutionModes.Gpu, null, deviceName);

    public static ExecutionChoice Fallback(string reason) => new(ExecutionModes.Fallback, reason, LocalDevice);
}
