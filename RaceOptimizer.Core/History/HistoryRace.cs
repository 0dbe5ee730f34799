using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.History;

/// <summary>A past race with every driver's result, its track's type as it was on the day.</summary>
/// <param name="Laps">The race's length: the winner's laps completed, overtime included (loop data has no scheduled length). Known only after the race: a forecast takes <see cref="Backtest.ScheduledLaps"/>.</param>
/// <param name="Drivers">In finishing order.</param>
public sealed record HistoryRace(Series Series, string Track, TrackType TrackType, DateOnly Date, int Laps, IReadOnlyList<HistoryEntry> Drivers)
{
    public string Name => FormattableString.Invariant($"{SeriesNames.Display(Series)} {Track} {Date:yyyy-MM-dd}");
}

/// <summary>A race the history leaves out, and why.</summary>
public sealed record SkippedRace(Series Series, string Track, DateOnly Date, string Reason);
