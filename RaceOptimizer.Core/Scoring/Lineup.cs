namespace RaceOptimizer.Core.Scoring;

/// <summary>A fantasy lineup: the site player ids (<see cref="Slates.SlateDriver.SiteId"/>) of its drivers.</summary>
public sealed record Lineup(IReadOnlyList<string> SiteIds);
