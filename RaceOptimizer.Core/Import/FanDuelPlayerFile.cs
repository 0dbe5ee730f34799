using System.Text.RegularExpressions;
using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Import;

/// <summary>
/// FanDuel's player list: Id, Position, First Name, Nickname, Last Name, FPPG, Raced, Salary, Game, ..., Roster Position.
/// A driver's name is First Name and Last Name; Nickname and the other columns are tolerated and ignored.
/// </summary>
public static partial class FanDuelPlayerFile
{
    public static ImportResult<SalaryList> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, Parse);

    internal static SalaryList? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.FanDuelPlayers, problems) is not { } columns)
        {
            return null;
        }

        var (id, first, last, salary) = (columns["Id"], columns["First Name"], columns["Last Name"], columns["Salary"]);
        var (rosterPosition, game, average) = (columns.Find("Roster Position"), columns.Find("Game"), columns.Find("FPPG"));
        var list = new SalaryListBuilder(ContestRules.FanDuel, problems);
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, problems);
            var playerId = cells.Text(id);
            if (playerId is not null && !PlayerId().IsMatch(playerId))
            {
                cells.Problem(id, $"'{id.Name}' is '{playerId}', not a FanDuel player id like 132686-82878");
                playerId = null;
            }

            var (firstName, lastName) = (cells.Text(first), cells.Text(last));
            var driver = firstName is null || lastName is null ? null : $"{firstName} {lastName}";
            list.RosterPosition(cells, rosterPosition);
            list.Race(cells, game);
            var driverSalary = list.Salary(cells, salary);
            list.Add(cells, first, driver, id, playerId, driverSalary, cells.OptionalNumber(average, minimum: double.MinValue));
        }

        return list.Build();
    }

    // The slate's id, a dash, then the player's.
    [GeneratedRegex(@"^\d+-\d+$")]
    private static partial Regex PlayerId();
}
