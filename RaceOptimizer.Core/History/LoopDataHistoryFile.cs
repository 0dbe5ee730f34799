using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Import.Csv;

namespace RaceOptimizer.Core.History;

/// <summary>
/// Reads a whole loop data file (every race in it, the layout of loop-data-2019-2023.csv) as history rows. Unlike
/// <see cref="Results.LoopDataFile"/>, which scores one race, it keeps the average running position that ratings use.
/// </summary>
public static class LoopDataHistoryFile
{
    public static ImportResult<IReadOnlyList<LoopDataRow>> Read(Stream stream, string fileName) =>
        CsvImport.Read<IReadOnlyList<LoopDataRow>>(stream, fileName, ImportLimits.LoopDataFileBytes, Parse);

    private static List<LoopDataRow>? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.LoopData, problems) is not { } columns)
        {
            return null;
        }

        var average = columns.Find("avg");
        var rows = new List<LoopDataRow>(sheet.Rows.Count);
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, problems);
            var driver = cells.Text(columns["driver_name"]);
            var date = cells.Date(columns["race_date"]);
            var series = cells.Series(columns["series"]);
            var track = cells.Text(columns["track_name"]);
            var start = cells.WholeNumber(columns["start"], minimum: 1);
            var finish = cells.WholeNumber(columns["finish"], minimum: 1);
            var running = cells.OptionalNumber(average, minimum: 1);
            var led = cells.WholeNumber(columns["laps_led"], minimum: 0);
            var fastest = cells.WholeNumber(columns["fastest_lap"], minimum: 0);
            var laps = cells.WholeNumber(columns["laps"], minimum: 0);
            var status = cells.OptionalText(columns["status"]) ?? "running";
            if (driver is not null && date is { } day && series is { } s && track is not null && start is { } from && finish is { } to && led is { } l && fastest is { } f && laps is { } completed)
            {
                rows.Add(new LoopDataRow(driver, day, s, track, from, to, running, l, f, completed, status));
            }
        }

        return rows;
    }
}
