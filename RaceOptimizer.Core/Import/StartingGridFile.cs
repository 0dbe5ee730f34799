using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.Import;

/// <summary>A car's qualified starting position.</summary>
/// <param name="StartsAtRear">Sent to the rear before the green flag; still scored from <paramref name="Start"/>.</param>
public sealed record GridEntry(int Line, string Driver, int Start, bool StartsAtRear = false);

/// <summary>
/// The starting grid, known after qualifying: columns driver and start, and optionally rear (yes, true or 1 for a car
/// sent to the rear). Starts must run 1, 2, 3... once each. The grid is the real field: it may leave out slate drivers
/// (they did not qualify) and name cars the slate does not sell.
/// </summary>
public static class StartingGridFile
{
    public static ImportResult<IReadOnlyList<GridEntry>> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, Parse);

    internal static IReadOnlyList<GridEntry>? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.StartingGrid, problems) is not { } columns)
        {
            return null;
        }

        var (driver, start, rear) = (columns["driver"], columns["start"], columns.Find("rear"));
        var (drivers, starts) = (new Dictionary<string, int>(), new Dictionary<int, int>());
        var grid = new List<GridEntry>();
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, problems);
            var name = cells.Text(driver);
            var position = cells.WholeNumber(start, minimum: 1);
            var startsAtRear = cells.OptionalFlag(rear);
            var unique = (name is null || cells.Unique(drivers, DriverName.Key(name), driver, $"driver '{name}'"))
                & (position is not { } value || cells.Unique(starts, value, start, $"start {value}"));
            if (unique && name is not null && position is { } at)
            {
                grid.Add(new GridEntry(row.Line, name, at, startsAtRear));
            }
        }

        ReportGaps(starts, start, problems);
        return problems.Any ? null : grid;
    }

    // A gap means a driver is missing from the file, or a typo moved one: either way the grid cannot be trusted.
    /// <param name="starts">Every start read, with its line, including those of rows with other problems.</param>
    private static void ReportGaps(Dictionary<int, int> starts, CsvColumn start, ProblemLog problems)
    {
        var expected = 1;
        foreach (var (position, line) in starts.OrderBy(s => s.Key))
        {
            if (position > expected)
            {
                var missing = position - 1 == expected ? $"{expected}" : $"{expected} to {position - 1}";
                problems.Add(line, start.Number, $"start {position} follows a gap: no driver starts {missing}");
            }

            expected = position + 1;
        }
    }
}
