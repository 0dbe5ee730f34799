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
    IReadOnlyList<int>? Histogram);

public sealed record DriverExposure(int Driver, int Lineups, double Share);

/// <summary>Bins shared by every lineup's histogram: bin i holds points in [Min + i x Width, Min + (i + 1) x Width).</summary>
public sealed record HistogramBins(double Min, double Width, int Count);

/// <param name="Target">The points the tail objective aimed at, when one number; null when it was each race's top-1% score.</param>
/// <param name="OwnershipEstimated">The field was drawn from ownership estimated from projections (the slate had none).</param>
public sealed record OptimizeResult(
    IReadOnlyList<OptimizedLineup> Lineups,
    IReadOnlyList<DriverExposure> Exposures,
    HistogramBins? Bins,
    ContestOutcome? Portfolio,
    double? Target,
    bool OwnershipEstimated,
    TimeSpan Elapsed);
