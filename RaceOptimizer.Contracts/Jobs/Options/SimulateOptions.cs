namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>
/// The options of a `simulate` job: `{"simulations":10000,"seed":42,"laps":267,"historyWeight":0.5}`; all optional.
/// `historyWeight` is the share of a driver's strength taken from history when the slate also has projections
/// (1: history alone, 0: projections alone).
/// </summary>
public sealed record SimulateOptions : IJobOptions
{
    public const double DefaultHistoryWeight = 0.5;

    [WholeNumber(1, JobLimits.MaxSimulations)]
    public int Simulations { get; init; } = JobLimits.DefaultSimulations;

    [Seed]
    public ulong? Seed { get; init; }

    /// <summary>The race's length; null takes the slate's scheduled laps.</summary>
    [WholeNumber(1, JobLimits.MaxLaps)]
    public int? Laps { get; init; }

    [Fraction]
    public double HistoryWeight { get; init; } = DefaultHistoryWeight;
}
