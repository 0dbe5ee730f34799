using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Import.Csv;

namespace RaceOptimizer.Core.Results;

/// <summary>
/// A plain results file: driver, start, finish, laps_led, fastest_laps, laps_completed and an optional status
/// (blank means running). Finish is taken as written: give official positions to score as the sites do.
/// </summary>
public static class ResultsFile
{
    public static ImportResult<RaceResult> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, (sheet, problems) => Parse(sheet, problems, fileName));

    private static RaceResult? Parse(CsvSheet sheet, ProblemLog problems, string fileName)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.Results, problems) is not { } columns)
        {
            return null;
        }

        var rows = new ResultRows(
            new ResultColumns(columns["driver"], columns["start"], columns["finish"], columns["laps_led"], columns["fastest_laps"], columns["laps_completed"], columns.Find("status")),
            problems);
        foreach (var row in sheet.Rows)
        {
            rows.Add(new RowReader(row, problems));
        }

        return rows.Build() is { } drivers ? new RaceResult(Path.GetFileNameWithoutExtension(fileName), null, null, null, drivers) : null;
    }
}
