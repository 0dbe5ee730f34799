using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Results;

/// <summary>
/// The result of one race from loop data (columns of loop-data-2019-2023.csv; the scoring needs driver_name, race_date,
/// series, track_name, start, finish, fastest_lap, laps_led, laps and status). Its finish is the on-track finish, and
/// that is what is scored: see <see cref="DriverResult.Finish"/>.
/// </summary>
public static class LoopDataFile
{
    /// <param name="race">Which race to take from a file of many; without it, a file holding more than one race is refused.</param>
    public static ImportResult<RaceResult> Read(Stream stream, string fileName, LoopRace? race = null) =>
        CsvImport.Read(stream, fileName, ImportLimits.LoopDataFileBytes, (sheet, problems) => Parse(sheet, problems, race));

    private static RaceResult? Parse(CsvSheet sheet, ProblemLog problems, LoopRace? selected)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.LoopData, problems) is not { } columns)
        {
            return null;
        }

        var (date, series, track) = (columns["race_date"], columns["series"], columns["track_name"]);
        var races = new Dictionary<LoopRace, List<CsvRow>>();
        var tracks = new Dictionary<LoopRace, string>();
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, problems);
            if (RaceOf(cells, date, series) is { } race && cells.Text(track) is { } raceTrack)
            {
                tracks.TryAdd(race, raceTrack);
                races.TryAdd(race, []);
                races[race].Add(row);
            }
        }

        if (problems.Any || Choose(races, selected, problems, date) is not { } chosen)
        {
            return null;
        }

        var rows = new ResultRows(
            new ResultColumns(columns["driver_name"], columns["start"], columns["finish"], columns["laps_led"], columns["fastest_lap"], columns["laps"], columns["status"]),
            problems);
        foreach (var row in races[chosen])
        {
            rows.Add(new RowReader(row, problems));
        }

        var trackName = TrackCatalog.Find(tracks[chosen])?.Name ?? tracks[chosen];
        var name = FormattableString.Invariant($"{SeriesNames.Display(chosen.Series)} {trackName} {chosen.Date:yyyy-MM-dd}");
        return rows.Build() is { } drivers ? new RaceResult(name, chosen.Series, trackName, chosen.Date, drivers) : null;
    }

    // Both cells are read before either is judged, so a row with two bad cells reports both.
    private static LoopRace? RaceOf(RowReader cells, CsvColumn date, CsvColumn series)
    {
        var (day, known) = (cells.Date(date), cells.Series(series));
        return day is { } d && known is { } k ? new LoopRace(d, k) : null;
    }

    private static LoopRace? Choose(Dictionary<LoopRace, List<CsvRow>> races, LoopRace? selected, ProblemLog problems, CsvColumn date)
    {
        if (selected is not null)
        {
            if (races.ContainsKey(selected))
            {
                return selected;
            }

            problems.Add(1, null, FormattableString.Invariant($"the file holds no {SeriesNames.Display(selected.Series)} race on {selected.Date:yyyy-MM-dd}"));
            return null;
        }

        if (races.Count == 1)
        {
            return races.Keys.First();
        }

        var (first, second) = (races.First(), races.Skip(1).First());
        problems.Add(
            second.Value[0].Line,
            date.Number,
            FormattableString.Invariant($"the file holds {races.Count} races (this line starts the {Describe(second.Key)} one, line {first.Value[0].Line} the {Describe(first.Key)} one): choose one race by date and series"));
        return null;
    }

    private static string Describe(LoopRace race) => FormattableString.Invariant($"{race.Date:yyyy-MM-dd} {SeriesNames.Display(race.Series)}");
}
