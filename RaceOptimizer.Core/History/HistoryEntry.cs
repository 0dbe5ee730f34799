using RaceOptimizer.Core.Results;

namespace RaceOptimizer.Core.History;

/// <summary>One driver's result in a history race, with the performance score ratings are built from.</summary>
/// <param name="Performance">
/// How well the driver ran, as a standard normal score of his place in the field: his average running position
/// (his finish when the file lacks it) turned into the share of the field he beat, then into a z-score. Running
/// position is used before finish because it measures speed over the whole race, not the luck of the last laps.
/// </param>
public sealed record HistoryEntry(DriverResult Result, double? AverageRunningPosition, FinishStatus Status, double Performance);
