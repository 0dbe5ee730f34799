using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Import;

/// <summary>
/// DraftKings' salary export (DKSalaries.csv): Position, Name + ID, Name, ID, Roster Position, Salary, Game Info,
/// TeamAbbrev, AvgPointsPerGame. Name, ID, Salary and Game Info are required; further columns are ignored.
/// </summary>
public static class DraftKingsSalaryFile
{
    public static ImportResult<SalaryList> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, Parse);

    internal static SalaryList? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.DraftKingsSalaries, problems) is not { } columns)
        {
            return null;
        }

        var (name, id, salary, game) = (columns["Name"], columns["ID"], columns["Salary"], columns["Game Info"]);
        var (nameAndId, rosterPosition, average) = (columns.Find("Name + ID"), columns.Find("Roster Position"), columns.Find("AvgPointsPerGame"));
        var list = new SalaryListBuilder(ContestRules.DraftKings, problems);
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, problems);
            var driver = cells.Text(name);
            var playerId = cells.Text(id);
            if (playerId is not null && !playerId.All(char.IsAsciiDigit))
            {
                cells.Problem(id, $"'{id.Name}' is '{playerId}', not a DraftKings player id (digits only)");
                playerId = null;
            }

            // "Name + ID" is what DraftKings' own upload accepts: it must agree with the two columns it joins.
            if (driver is not null && playerId is not null && cells.OptionalText(nameAndId) is { } joined && joined != $"{driver} ({playerId})")
            {
                cells.Problem(nameAndId, $"'{nameAndId!.Name}' is '{joined}' but Name and ID make '{driver} ({playerId})'");
            }

            list.RosterPosition(cells, rosterPosition);
            list.Race(cells, game);
            var driverSalary = list.Salary(cells, salary);
            list.Add(cells, name, driver, id, playerId, driverSalary, cells.OptionalNumber(average, minimum: double.MinValue));
        }

        return list.Build();
    }
}
