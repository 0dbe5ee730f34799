namespace RaceOptimizer.Core.Slates;

/// <summary>The drivers one site sells for one race, with what is known about them before it.</summary>
public sealed record Slate(string Id, string Name, Site Site, Race Race, IReadOnlyList<SlateDriver> Drivers);
