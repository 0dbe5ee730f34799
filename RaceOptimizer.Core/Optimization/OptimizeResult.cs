using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Core.Optimization;

/// <summary>A lineup's simulated points: mean, spread and nearest-rank percentiles, and its chance of a top-1% finish.</summary>
public sealed record LineupStatistics(double Mean, double StandardDeviation, double P10, double P50, double P90, double TopOnePercentRate);

/// <summary>A chosen lineup. <see cref="Drivers"/> are slate indices.</summary>
/// <param name="ProjectedPoints">The simulated mean, or the sum of projections without simulations.</param>
/// <param name="Objective">The value the objective ranked it by (points, probability or payout).</param>
/// <param name="Histogram">How many simulations fell in each of the result's common bins.</param>
public sealed record OptimizedLineup(
    IReadOnlyList<int> Drivers,
    int Salary,
    double ProjectedPoints,
    double Objective,
    LineupStatistics? Statistics,
    ContestOutcome? Contest,
    IReadOnlyList<int>? Histogram)
{
    /// <summary>Opponents expected to enter this very lineup in the drawn field; null without a field.</summary>
    public double? FieldDuplicates { get; init; }
}

public sealed record DriverExposure(int Driver, int Lineups, double Share);

/// <summary>Bins shared by every lineup's histogram: bin i holds points in [Min + i x Width, Min + (i + 1) x Width).</summary>
public sealed record HistogramBins(double Min, double Width, int Count);

/// <summary>
/// A portfolio valued on one set of simulated races: its contest outcome when a contest is valued, and its best lineup's
/// score race by race (what a tournament pays on).
/// </summary>
/// <param name="Opponents">How many opponent entries the field stood for: the contest's entries less the portfolio's.</param>
public sealed record PortfolioFigures(ContestOutcome? Contest, double BestLineupMean, double BestLineupMeanStandardError, double BestLineupP99, int? Opponents, int Simulations);

/// <summary>A driver's share of the drawn field (percent of its lineups) and the target it was fitted to, given or estimated.</summary>
public sealed record FieldOwnership(int Driver, double Target, bool Estimated, double Achieved);

/// <param name="Target">The points the tail objective aimed at, when one number; null when it was each race's top-1% score.</param>
/// <param name="OwnershipEstimated">The field was drawn from ownership estimated from projections (the slate had none).</param>
/// <param name="InSample">The portfolio valued on the races and field that chose it: optimistic by construction.</param>
/// <param name="OutOfSample">The portfolio valued on fresh races (another seed, same model) against a freshly drawn field.</param>
public sealed record OptimizeResult(
    IReadOnlyList<OptimizedLineup> Lineups,
    IReadOnlyList<DriverExposure> Exposures,
    HistogramBins? Bins,
    PortfolioFigures? InSample,
    PortfolioFigures? OutOfSample,
    double? Target,
    bool OwnershipEstimated,
    TimeSpan Elapsed)
{
    /// <summary>Each slate driver's share of the field's lineups (percent) against the ownership it was drawn from; empty without a field.</summary>
    public IReadOnlyList<FieldOwnership> FieldOwnership { get; init; } = [];

    /// <summary>How deep the ROI objective searched for candidates, and how long that took; null for other objectives.</summary>
    public Portfolios.CandidateSearch? CandidateSearch { get; init; }

    /// <summary>The contest figures to trust: out of sample where the portfolio was valued again, else in sample.</summary>
    public ContestOutcome? Portfolio => (OutOfSample ?? InSample)?.Contest;
}
