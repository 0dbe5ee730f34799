using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.Import;

/// <summary>A driver's projected ownership in percent (23.5 means 23.5% of lineups).</summary>
public sealed record OwnershipEntry(int Line, string Driver, double Percent);

/// <summary>Projected ownership: columns driver and ownership, a percent from 0 to 100 ("23.5" or "23.5%").</summary>
public static class OwnershipFile
{
    public static ImportResult<IReadOnlyList<OwnershipEntry>> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, Parse);

    internal static IReadOnlyList<OwnershipEntry>? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.Ownership, problems) is not { } columns)
        {
            return null;
        }

        var (driver, ownership) = (columns["driver"], columns["ownership"]);
        var drivers = new Dictionary<string, int>();
        var entries = new List<OwnershipEntry>();
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, problems);
            var name = cells.Text(driver);
            var percent = cells.Number(ownership, minimum: 0, maximum: 100, percent: true);
            if (name is not null && cells.Unique(drivers, DriverName.Key(name), driver, $"driver '{name}'") && percent is { } value)
            {
                entries.Add(new OwnershipEntry(row.Line, name, value));
            }
        }

        return problems.Any ? null : entries;
    }
}
