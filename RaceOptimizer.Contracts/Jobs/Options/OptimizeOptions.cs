namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>
/// The options of an `optimize` job (see docs/architecture.md for every field). Drivers are named by the site's player
/// id. Objectives other than `mean` need simulations: `simulations` run with the job, or `simulationJobId` reuses the
/// points a finished `simulate` job kept for the same slate. The API checks them against the slate.
/// </summary>
public sealed record OptimizeOptions : IJobOptions
{
    public const int DefaultLineups = 150;
    public const int MaxLineups = 500;
    public const double DefaultPercentile = 90;
    public const double DefaultAlpha = 0.1;
    public const int DefaultMinUniqueDrivers = 1;

    /// <summary>What the optimizer maximizes; null is `Mean`. Compared without case.</summary>
    [OneOf("Mean", "Percentile", "Tail", "Cvar", "Roi")]
    public string? Objective { get; init; }

    [Number(1, 99)]
    public double Percentile { get; init; } = DefaultPercentile;

    [Number(0.001, 1)]
    public double Alpha { get; init; } = DefaultAlpha;

    [Number(0, 10_000)]
    public double? Target { get; init; }

    [OneOf("dk", "fd", "DraftKings", "FanDuel")]
    public string? Site { get; init; }

    [WholeNumber(1, MaxLineups)]
    public int Lineups { get; init; } = DefaultLineups;

    /// <summary>Races to simulate with the job; null: none for `mean` or with a <see cref="SimulationJobId"/>, else the simulate default.</summary>
    [WholeNumber(0, JobLimits.MaxKeptSimulations)]
    public int? Simulations { get; init; }

    [Text]
    public string? SimulationJobId { get; init; }

    [Seed]
    public ulong? Seed { get; init; }

    [WholeNumber(1, JobLimits.MaxLaps)]
    public int? Laps { get; init; }

    [Fraction]
    public double HistoryWeight { get; init; } = SimulateOptions.DefaultHistoryWeight;

    [WholeNumber(1, 6)]
    public int MinUniqueDrivers { get; init; } = DefaultMinUniqueDrivers;

    [PlayerIds]
    public IReadOnlyList<string> Locks { get; init; } = [];

    [PlayerIds]
    public IReadOnlyList<string> Excludes { get; init; } = [];

    [OptionObjects]
    public IReadOnlyList<ExposureOption> Exposures { get; init; } = [];

    [WholeNumber(0, 100_000)]
    public int? SalaryMin { get; init; }

    [WholeNumber(0, 100_000)]
    public int? SalaryMax { get; init; }

    [Number(0, 600)]
    public double? MaxOwnership { get; init; }

    /// <summary>The least summed projected ownership (percent) a lineup may carry.</summary>
    [Number(0, 600)]
    public double? MinOwnership { get; init; }

    [WholeNumber(1, MaxLineups)]
    public int? MaxPairLineups { get; init; }

    /// <summary>The most lineups any three drivers may share.</summary>
    [WholeNumber(1, MaxLineups)]
    public int? MaxTrioLineups { get; init; }

    [OptionObjects]
    public IReadOnlyList<GroupOption> Groups { get; init; } = [];

    /// <summary>Lineups the portfolio starts from, unchanged and first (at most <see cref="Lineups"/>); the rest is built around them.</summary>
    [OptionObjects]
    public IReadOnlyList<KeptLineupOption> KeepLineups { get; init; } = [];

    [OptionObject]
    public ContestOption? Contest { get; init; }

    [WholeNumber(100, 100_000)]
    public int CandidatePool { get; init; } = JobLimits.DefaultCandidatePool;
}
