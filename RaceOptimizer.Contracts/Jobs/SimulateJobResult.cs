namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// The `result` of a simulate job: the run's facts and, per driver, what the simulations say. Results stored by older
/// versions may lack later fields; readers of stored jobs should read leniently.
/// </summary>
/// <param name="StartsDrawn">True when no grid was given: each simulation drew its own from the strengths.</param>
/// <param name="PointsMatrixKept">The points of every driver in every simulation were kept for optimize jobs to read.</param>
/// <param name="PointsMatrixNote">Why the matrices were not kept (too many races, larger than the quota); null when they were.</param>
/// <param name="Projections">Each projected driver's target (his projection, blended by historyWeight) and the mean the fit reached.</param>
public sealed record SimulateJobResult(
    int Simulations,
    ulong Seed,
    int Laps,
    bool StartsDrawn,
    double MeanLaps,
    double MeanCautions,
    bool PointsMatrixKept,
    IReadOnlyList<ProjectedMeanInfo> Projections,
    IReadOnlyList<DriverSimulation> Drivers,
    string? PointsMatrixNote = null);

public sealed record ProjectedMeanInfo(string Driver, double Projection, double Target, double Simulated, bool Reached);

/// <param name="StrengthSource">Where his strength came from, as Core's StrengthSource names it.</param>
/// <param name="NotFinishing">The share of simulations he did not finish.</param>
/// <param name="FinishOdds">His chance of each finishing position, 1st first, one per car in the field; empty when he does
/// not start, null in results stored before it was kept.</param>
/// <param name="OptimalLineupShare">The share of the simulated races whose best lineup under the site's rules (roster
/// size, salary cap) holds him; the drivers' shares add up to the roster size. Null above the races whose points a job
/// keeps (JobLimits.MaxKeptSimulations), when no lineup can be entered, or in a result older than the figure.</param>
public sealed record DriverSimulation(
    string Name,
    string SiteId,
    int Salary,
    int? Start,
    double Strength,
    string StrengthSource,
    PointsDistributionInfo DraftKings,
    PointsDistributionInfo FanDuel,
    double Win,
    double Top5,
    double Top10,
    double MeanFinish,
    double ExpectedLapsLed,
    double ExpectedFastestLaps,
    double NotFinishing,
    IReadOnlyList<double>? FinishOdds = null,
    double? OptimalLineupShare = null);

/// <summary>A driver's simulated fantasy points on one site: mean and percentiles.</summary>
public sealed record PointsDistributionInfo(double Mean, double P10, double P50, double P90);
