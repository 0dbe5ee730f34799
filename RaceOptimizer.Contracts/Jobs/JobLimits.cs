namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// The limits and defaults of a job's size, declared once: the job options here, Core's simulation and payout code,
/// the GPU worker's requests and the UI all read these, so the number a form offers is the number the API checks and
/// the worker accepts (docs/decisions.md).
/// </summary>
public static class JobLimits
{
    /// <summary>The most races one simulation may run.</summary>
    public const int MaxSimulations = 1_000_000;

    public const int DefaultSimulations = 10_000;

    /// <summary>The longest race a job may ask for.</summary>
    public const int MaxLaps = 2_000;

    /// <summary>
    /// The most races whose points a simulate job keeps for optimize jobs to reuse, and that an optimize job may simulate
    /// itself: the optimizer holds every race's points in memory.
    /// </summary>
    public const int MaxKeptSimulations = 200_000;

    /// <summary>The largest contest a payout table may describe.</summary>
    public const int MaxPayoutEntries = 1_000_000;

    /// <summary>How many of the best mean lineups the optimizer considers before choosing by the objective.</summary>
    public const int DefaultCandidatePool = 4_000;
}
