using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Backtest;

/// <summary>
/// The length a past race was scheduled to run, as it was known before the race. The winner's laps
/// (<see cref="HistoryRace.Laps"/>) are known only afterwards and carry overtime and rain, so a forecast never reads them
/// for its own race. It takes a scheduled length the catalog knows for the series at the track: the usual race's
/// (<see cref="Track.UsualLapsFor"/>) or a special race's (<see cref="KnownRaces"/>). Loop data names no race, so where
/// a track has races of several lengths (Daytona's 500 and its 400) the one chosen is nearest to what the race in the
/// same part of the calendar ran in earlier seasons. Where the catalog knows no length, the median winner's laps of the
/// series at the track in earlier seasons stands in (at the track type, for a track new to the series).
/// </summary>
public static class ScheduledLaps
{
    /// <summary>
    /// How far apart in the year two races may be and still hold the same place in the schedule: a date moves by weeks
    /// from season to season, while a track's two races lie months apart.
    /// </summary>
    private const int SlotDays = 60;

    public static int For(HistoryRace race, RaceHistory history)
    {
        ArgumentNullException.ThrowIfNull(race);
        ArgumentNullException.ThrowIfNull(history);
        var earlier = history.Of(race.Series).Where(r => r.Date.Year < race.Date.Year).ToList();
        var atTrack = earlier.Where(r => r.Track == race.Track).ToList();
        var usual = TrackCatalog.Find(race.Track)?.UsualLapsFor(race.Series);
        IEnumerable<int> catalogued = usual is { } laps ? [laps] : [];
        var lengths = catalogued.Concat(KnownRaces.LapsAt(race.Track, race.Series)).Distinct().ToList();
        if (lengths.Count > 0)
        {
            return Median([.. atTrack.Where(r => SameSlot(r.Date, race.Date))]) is { } ran
                ? lengths.MinBy(l => Math.Abs(l - ran))
                : usual ?? lengths[0];
        }

        return Median(atTrack.Count > 0 ? atTrack : [.. earlier.Where(r => r.TrackType == race.TrackType)])
            ?? throw new ArgumentException($"No scheduled length is known for {race.Name}: the catalog has none and no earlier season raced a {race.TrackType} track.", nameof(race));
    }

    private static bool SameSlot(DateOnly a, DateOnly b) => Math.Abs(a.DayOfYear - b.DayOfYear) <= SlotDays;

    private static int? Median(List<HistoryRace> races)
    {
        var laps = races.Select(r => r.Laps).Order().ToList();
        return laps.Count == 0 ? null : laps[(laps.Count - 1) / 2];
    }
}
