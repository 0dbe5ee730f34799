namespace RaceOptimizer.Core.Simulation;

/// <summary>What the simulations say about one driver.</summary>
/// <param name="NotFinishing">Chance the car is not running at the finish (accident or failure).</param>
/// <param name="Finishing">Chance of each finishing position; none for a driver who does not start.</param>
public sealed record DriverSummary(
    string Name,
    PointsDistribution DraftKings,
    PointsDistribution FanDuel,
    double Win,
    double Top5,
    double Top10,
    double MeanFinish,
    double ExpectedLapsLed,
    double ExpectedFastestLaps,
    double NotFinishing,
    FinishingOdds Finishing);
