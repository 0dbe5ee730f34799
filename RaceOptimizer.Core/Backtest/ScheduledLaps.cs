using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Backtest;

/// <summary>
/// The length a past race was scheduled to run, as it was known before the race. The winner's laps
/// (<see cref="HistoryRace.Laps"/>) are known only afterwards and carry overtime and rain, so a forecast never reads them
/// for its own race: it takes the track catalog's usual laps for the series or, where the catalog has none, the median
/// winner's laps of the series at that track in earlier seasons (at that track type when the track is new to it).
/// </summary>
/// <remarks>
/// Loop data names no race, so a special race at a track (the Southern 500, Daytona's summer race) is forecast at the
/// track's usual length: <see cref="KnownRaces"/> finds those by race name only.
/// </remarks>
public static class ScheduledLaps
{
    public static int For(HistoryRace race, RaceHistory history)
    {
        ArgumentNullException.ThrowIfNull(race);
        ArgumentNullException.ThrowIfNull(history);
        if (TrackCatalog.Find(race.Track)?.UsualLapsFor(race.Series) is { } usual)
        {
            return usual;
        }

        var earlier = history.Of(race.Series).Where(r => r.Date.Year < race.Date.Year).ToList();
        var atTrack = earlier.Where(r => r.Track == race.Track).ToList();
        var sameType = earlier.Where(r => r.TrackType == race.TrackType).ToList();
        return Median(atTrack.Count > 0 ? atTrack : sameType)
            ?? throw new ArgumentException($"No scheduled length is known for {race.Name}: the catalog has none and no earlier season raced a {race.TrackType} track.", nameof(race));
    }

    private static int? Median(List<HistoryRace> races)
    {
        var laps = races.Select(r => r.Laps).Order().ToList();
        return laps.Count == 0 ? null : laps[(laps.Count - 1) / 2];
    }
}
