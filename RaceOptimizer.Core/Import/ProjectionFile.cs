using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Import;

/// <summary>A user's projection for one driver: points under either site's scoring, a finishing position, or several.</summary>
public sealed record ProjectionEntry(int Line, string Driver, double? DraftKingsPoints, double? FanDuelPoints, double? Finish)
{
    public double? PointsOn(Site site) => site == Site.DraftKings ? DraftKingsPoints : FanDuelPoints;
}

/// <summary>Projections: column driver plus at least one of dk_points, fd_points and finish; a cell may be left blank.</summary>
public static class ProjectionFile
{
    public static ImportResult<IReadOnlyList<ProjectionEntry>> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, Parse);

    internal static IReadOnlyList<ProjectionEntry>? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.Projections, problems) is not { } columns)
        {
            return null;
        }

        var driver = columns["driver"];
        var (draftKings, fanDuel, finish) = (columns.Find("dk_points"), columns.Find("fd_points"), columns.Find("finish"));
        var drivers = new Dictionary<string, int>();
        var projections = new List<ProjectionEntry>();
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, problems);
            var name = cells.Text(driver);
            // Points can be negative: a car that starts up front and finishes last loses more than it scores.
            var (draftKingsPoints, fanDuelPoints, place) = (
                cells.OptionalNumber(draftKings, minimum: double.MinValue),
                cells.OptionalNumber(fanDuel, minimum: double.MinValue),
                cells.OptionalNumber(finish, minimum: 1));
            if (name is null || !cells.Unique(drivers, DriverName.Key(name), driver, $"driver '{name}'"))
            {
                continue;
            }

            if (cells.OptionalText(draftKings) is null && cells.OptionalText(fanDuel) is null && cells.OptionalText(finish) is null)
            {
                cells.Problem(null, $"driver '{name}' has no projection: every value is blank");
            }

            projections.Add(new ProjectionEntry(row.Line, name, draftKingsPoints, fanDuelPoints, place));
        }

        return problems.Any ? null : projections;
    }
}
