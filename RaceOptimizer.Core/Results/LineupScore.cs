using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Results;

/// <summary>A lineup driver's actual points; zero for a driver with no result (did not start).</summary>
public sealed record ScoredDriver(string SiteId, string Name, ScoreBreakdown Points);

public sealed record LineupScore(Lineup Lineup, IReadOnlyList<ScoredDriver> Drivers, double Total);

/// <summary>A set of lineups entered together, scored.</summary>
public sealed record PortfolioScore(IReadOnlyList<LineupScore> Lineups, double Best, double Average);
