namespace RaceOptimizer.Core;

/// <summary>
/// How many races one simulation may run, declared once: the API's job options, its settings' defaults and the GPU
/// worker's request all read these.
/// </summary>
public static class SimulationLimits
{
    public const int MaxSimulations = 1_000_000;

    public const int DefaultSimulations = 10_000;

    /// <summary>The longest race a job may ask for.</summary>
    public const int MaxLaps = 2_000;
}
