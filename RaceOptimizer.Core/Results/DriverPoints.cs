using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Results;

/// <summary>A driver's actual fantasy points on both sites.</summary>
public sealed record DriverPoints(DriverResult Result, ScoreBreakdown DraftKings, ScoreBreakdown FanDuel)
{
    public static IReadOnlyList<DriverPoints> Of(RaceResult race)
    {
        ArgumentNullException.ThrowIfNull(race);
        return [.. race.Drivers.Select(r => new DriverPoints(r, Score(ScoringTable.DraftKings, r), Score(ScoringTable.FanDuel, r)))];
    }

    internal static ScoreBreakdown Score(ScoringTable table, DriverResult result) =>
        table.Score(result.Start, result.Finish, result.LapsLed, result.FastestLaps, result.LapsCompleted);
}
