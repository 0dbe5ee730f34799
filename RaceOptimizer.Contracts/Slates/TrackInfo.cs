namespace RaceOptimizer.Contracts.Slates;

/// <summary>
/// A track of the catalog, as a slate import's `track` field takes it (its name or any alias): what a player picks when the
/// salary file names no race (a FanDuel player list) or names it wrong.
/// </summary>
/// <param name="Type">How it races now (a reconfigured track raced as another type before its change).</param>
public sealed record TrackInfo(string Name, string Type, double Miles, IReadOnlyList<string> Aliases);
