using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.History;

/// <summary>
/// Past races built from loop data rows, oldest first. Rows are grouped by (date, series, track); a group that cannot
/// be one race (Daytona's two qualifying duels share a day, so finishing positions repeat) or whose track the catalog
/// does not know is left out and listed in <see cref="Skipped"/>.
/// </summary>
public sealed class RaceHistory
{
    private RaceHistory(IReadOnlyList<HistoryRace> races, IReadOnlyList<SkippedRace> skipped)
    {
        Races = races;
        Skipped = skipped;
    }

    public IReadOnlyList<HistoryRace> Races { get; }

    public IReadOnlyList<SkippedRace> Skipped { get; }

    public static RaceHistory From(IEnumerable<LoopDataRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var races = new List<HistoryRace>();
        var skipped = new List<SkippedRace>();
        foreach (var group in rows.GroupBy(r => (r.Date, r.Series, r.Track)).OrderBy(g => g.Key.Date).ThenBy(g => g.Key.Series).ThenBy(g => g.Key.Track, StringComparer.Ordinal))
        {
            var (date, series, trackName) = group.Key;
            if (TrackCatalog.Find(trackName) is not { } track)
            {
                skipped.Add(new SkippedRace(series, trackName, date, $"the track '{trackName}' is not in the track catalog"));
                continue;
            }

            if (group.Select(r => r.Finish).Distinct().Count() < group.Count())
            {
                skipped.Add(new SkippedRace(series, trackName, date, "finishing positions repeat: more than one race that day (qualifying duels)"));
                continue;
            }

            var fieldSize = group.Count();
            var drivers = group.OrderBy(r => r.Finish).Select(r => Entry(r, fieldSize)).ToList();
            races.Add(new HistoryRace(series, track.Name, track.TypeOn(date), date, drivers.Max(d => d.Result.LapsCompleted), drivers));
        }

        return new RaceHistory(races, skipped);
    }

    /// <summary>The history as it stood before <paramref name="day"/>: what a user had imported when he played that race.</summary>
    public RaceHistory Before(DateOnly day) => new([.. Races.TakeWhile(r => r.Date < day)], Skipped);

    /// <summary>The races of a series, oldest first.</summary>
    public IEnumerable<HistoryRace> Of(Series series) => Races.Where(r => r.Series == series);

    private static HistoryEntry Entry(LoopDataRow row, int fieldSize)
    {
        var result = new DriverResult(row.Driver, row.Start, row.Finish, row.LapsLed, row.FastestLaps, row.LapsCompleted, row.Status);
        var place = Math.Clamp(row.AverageRunningPosition ?? row.Finish, 1, fieldSize);
        var beaten = (fieldSize - place + 0.5) / fieldSize;
        return new HistoryEntry(result, row.AverageRunningPosition, FinishStatuses.Classify(row.Status), NormalDistribution.Quantile(beaten));
    }
}
