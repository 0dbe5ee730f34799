namespace RaceOptimizer.Core.Simulation;

/// <param name="Drivers">In the setup's order.</param>
/// <param name="StartsDrawn">True when no grid was given: each simulation drew its own from the strengths.</param>
/// <param name="DraftKings">Every simulation's DraftKings points, when the options asked to keep them.</param>
/// <param name="FanDuel">Every simulation's FanDuel points, when the options asked to keep them.</param>
public sealed record SimulationResult(
    IReadOnlyList<DriverSummary> Drivers,
    int Simulations,
    ulong Seed,
    bool StartsDrawn,
    double MeanLaps,
    double MeanCautions,
    PointsMatrix? DraftKings,
    PointsMatrix? FanDuel);
