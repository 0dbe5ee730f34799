namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// The `result` of an optimize job: lineups as the site's player ids (what upload files need) with names for people,
/// their statistics where simulations were used, exposures, the drivers the grid left out, the contest figures and the
/// field they were valued against. Results stored by older versions may lack later fields; read them leniently.
/// </summary>
/// <param name="Objective">The objective's kind in lower case (`mean`, `percentile`, `tail`, `cvar`, `roi`).</param>
/// <param name="ComputeMs">The engine's time, in milliseconds.</param>
/// <param name="Target">The points the tail objective aimed at, when one number.</param>
/// <param name="OwnershipEstimated">The field was drawn from ownership estimated from projections; null without simulations.</param>
/// <param name="NotStarting">Drivers left out of every lineup whatever the options said.</param>
/// <param name="Contest">The portfolio's contest figures; the headline ones are out of sample where a holdout was run.</param>
/// <param name="Field">The drawn field the contest was valued against; null without one.</param>
/// <param name="CandidatePool">How deep the ROI objective searched for lineups, and its time; null for other objectives.</param>
/// <param name="ReSimulated">The simulate job the portfolio was chosen on no longer kept its races, so they were simulated again; null otherwise.</param>
public sealed record OptimizeJobResult(
    string Site,
    string Objective,
    int Simulations,
    double ComputeMs,
    double? Target,
    bool? OwnershipEstimated,
    IReadOnlyList<OptimizedLineupInfo> Lineups,
    IReadOnlyList<NotStartingDriver> NotStarting,
    IReadOnlyList<DriverExposureInfo> Exposures,
    ContestSummary? Contest,
    FieldSummary? Field,
    CandidatePoolInfo? CandidatePool = null,
    ReSimulatedRaces? ReSimulated = null);

/// <summary>
/// The races of simulate job <see cref="JobId"/> run again under its own seed, because its points matrices were not on
/// disk (<see cref="Reason"/>): the same races while the slate's projections and the history are as they were then.
/// </summary>
public sealed record ReSimulatedRaces(string JobId, int Simulations, ulong Seed, string Reason);

/// <summary>
/// The ROI candidate search: it started with <see cref="Initial"/> lineups (half the best by mean, half by top-1% chance)
/// and doubled the pool while deeper lineups kept entering the best by payout, to <see cref="Valued"/>.
/// </summary>
/// <param name="Ms">Milliseconds the search took: valuing the pool against the field, and growing it.</param>
public sealed record CandidatePoolInfo(int Initial, int Valued, int Doublings, double Ms);

/// <summary>
/// One lineup of the portfolio. The simulated statistics are null when the job ran no simulation; the contest figures
/// (<see cref="Roi"/> to <see cref="WinRateStdError"/>) are out of sample when a holdout was run, while
/// <see cref="Objective"/> stays the in-sample value the lineup was ranked by.
/// </summary>
/// <param name="Drivers">The site's player ids.</param>
/// <param name="PTop1">The chance of a top-1% finish among simulated races.</param>
/// <param name="Ownership">The sum of its drivers' ownership, percent (the field's targets, else the slate's projections); null without either.</param>
/// <param name="OwnershipProduct">The product of its drivers' ownership as shares (0 to 1): how chalky the whole combination is.</param>
/// <param name="Duplicates">Opponents expected to enter this very lineup, from the drawn field; null without a field.</param>
public sealed record OptimizedLineupInfo(
    IReadOnlyList<string> Drivers,
    IReadOnlyList<string> Names,
    int Salary,
    double ProjectedPoints,
    double Objective,
    double? StdDev,
    double? P10,
    double? P50,
    double? P90,
    double? PTop1,
    double? Roi,
    double? RoiStdError,
    double? CashRate,
    double? CashRateStdError,
    double? TopOnePercentRate,
    double? TopOnePercentRateStdError,
    double? WinRate,
    double? WinRateStdError,
    PointsHistogram? Histogram,
    double? Ownership = null,
    double? OwnershipProduct = null,
    double? Duplicates = null);

/// <summary>Simulated points of one lineup, in bins of <see cref="Width"/> points from <see cref="Min"/>.</summary>
public sealed record PointsHistogram(double Min, double Width, IReadOnlyList<int> Counts);

/// <summary>A driver left out of every lineup, and why.</summary>
public sealed record NotStartingDriver(string Driver, string Name, string Reason);

/// <summary>How many of the portfolio's lineups hold a driver, and that share (0 to 1).</summary>
/// <param name="Ownership">His ownership, percent: the field's target where one was drawn, else the slate's projection; null without either.</param>
public sealed record DriverExposureInfo(string Driver, string Name, int Lineups, double Exposure, double? Ownership = null);

/// <summary>
/// The contest the portfolio was valued in and its headline figures: out of sample (fresh races, another seed, a freshly
/// drawn field) when <see cref="OutOfSample"/> is set, else in sample.
/// </summary>
public sealed record ContestSummary(
    int Entries,
    double EntryFee,
    int FieldSize,
    double Roi,
    double RoiStdError,
    double CashRate,
    double TopOnePercentRate,
    double WinRate,
    PortfolioContestFigures? OutOfSample,
    PortfolioContestFigures? InSample);

/// <summary>One valuation of the portfolio: the contest figures with their standard errors, and its best lineup per race.</summary>
/// <param name="BestLineupMean">The mean, over races, of the portfolio's best lineup's points.</param>
/// <param name="BestLineupP99">The 99th percentile of the portfolio's best lineup's points.</param>
public sealed record PortfolioContestFigures(
    double Roi,
    double RoiStdError,
    double CashRate,
    double CashRateStdError,
    double TopOnePercentRate,
    double TopOnePercentRateStdError,
    double WinRate,
    double WinRateStdError,
    double BestLineupMean,
    double BestLineupMeanStdError,
    double BestLineupP99,
    int Simulations);

/// <summary>The drawn field: how many opponent entries it stood for and each driver's ownership in it.</summary>
public sealed record FieldSummary(int Opponents, IReadOnlyList<FieldDriverOwnership> Ownership);

/// <summary>A driver's ownership in the field (percent of its lineups) against the target it was drawn to.</summary>
/// <param name="Estimated">The target was estimated: the slate's ownership did not name him, or there was none.</param>
public sealed record FieldDriverOwnership(string Driver, string Name, double Target, bool Estimated, double Achieved);
