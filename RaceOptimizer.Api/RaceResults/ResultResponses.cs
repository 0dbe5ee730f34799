using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.RaceResults;

/// <summary>One driver's race and the fantasy points it scored on one site.</summary>
public sealed record DriverScore(
    string Driver, int Start, int Finish, int LapsLed, int FastestLaps, int LapsCompleted, string Status, double Points, ScoreBreakdown Breakdown)
{
    public static DriverScore Of(DriverResult result, ScoreBreakdown points) => new(
        result.Driver, result.Start, result.Finish, result.LapsLed, result.FastestLaps, result.LapsCompleted, result.Status, points.Total, points);
}

/// <summary>Lineups to score: each a list of the slate's site player ids.</summary>
public sealed record LineupsRequest(IReadOnlyList<IReadOnlyList<string>>? Lineups);

public sealed record LineupDriverScore(string SiteId, string Name, double Points, ScoreBreakdown Breakdown);

public sealed record LineupResult(IReadOnlyList<string> SiteIds, double Total, IReadOnlyList<LineupDriverScore> Drivers);

/// <summary>Lineups scored against the real result, with the best and the average of the portfolio.</summary>
public sealed record PortfolioResult(IReadOnlyList<LineupResult> Lineups, double Best, double Average)
{
    public static PortfolioResult Of(PortfolioScore score) => new(
        [.. score.Lineups.Select(l => new LineupResult(
            l.Lineup.SiteIds,
            l.Total,
            [.. l.Drivers.Select(d => new LineupDriverScore(d.SiteId, d.Name, d.Points.Total, d.Points))]))],
        score.Best,
        score.Average);
}

/// <summary>A rule a lineup breaks; Lineup counts from 1, in the order the lineups were sent.</summary>
public sealed record LineupProblem(int Lineup, LineupRule Rule, string Message);
