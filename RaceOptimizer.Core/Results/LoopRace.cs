using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Results;

/// <summary>Picks one race out of a loop data file: a series races at most once a day.</summary>
public sealed record LoopRace(DateOnly Date, Series Series);
