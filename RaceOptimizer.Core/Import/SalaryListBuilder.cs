using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Import;

/// <summary>The checks DraftKings and FanDuel salary files share: the cap, the roster slot, one race, no repeats.</summary>
internal sealed class SalaryListBuilder(ContestRules rules, ProblemLog problems)
{
    private readonly List<SalaryEntry> drivers = [];
    private readonly Dictionary<string, int> idLines = [];
    private readonly Dictionary<string, int> nameLines = [];
    private (string Name, int Line)? race;

    public int? Salary(RowReader cells, CsvColumn column)
    {
        var salary = cells.WholeNumber(column, minimum: 1);
        if (salary is { } value && !rules.FitsSalaryCap(value))
        {
            cells.Problem(column, FormattableString.Invariant($"'{column.Name}' is {value:N0}, over the {rules.SalaryCap:N0} salary cap"));
            return null;
        }

        return salary;
    }

    /// <summary>Every slot of a NASCAR contest is the same; another value means another sport or contest type.</summary>
    public void RosterPosition(RowReader cells, CsvColumn? column)
    {
        if (cells.OptionalText(column) is { } slot && !string.Equals(slot, rules.RosterPosition, StringComparison.OrdinalIgnoreCase))
        {
            cells.Problem(column, $"'{column!.Name}' is '{slot}', not '{rules.RosterPosition}': only {rules.Site} NASCAR Classic slates are supported");
        }
    }

    /// <summary>A slate is one race: every row must name the same one.</summary>
    public void Race(RowReader cells, CsvColumn? column)
    {
        if (cells.OptionalText(column) is not { } name)
        {
            return;
        }

        race ??= (name, cells.Line);
        if (!string.Equals(race.Value.Name, name, StringComparison.Ordinal))
        {
            cells.Problem(column, $"'{column!.Name}' is '{name}' but line {race.Value.Line} has '{race.Value.Name}': a slate is one race");
        }
    }

    public void Add(RowReader cells, CsvColumn nameColumn, string? name, CsvColumn idColumn, string? id, int? salary, double? average)
    {
        if (name?.Length > ImportLimits.DriverNameLength)
        {
            cells.Problem(nameColumn, $"the driver's name is {name.Length:N0} characters long; at most {ImportLimits.DriverNameLength} are allowed");
            name = null;
        }

        var unique = (id is null || cells.Unique(idLines, id, idColumn, $"'{idColumn.Name}' {id}"))
            & (name is null || cells.Unique(nameLines, DriverName.Key(name), nameColumn, $"driver '{name}'"));
        if (unique && name is not null && id is not null && salary is { } value)
        {
            drivers.Add(new SalaryEntry(cells.Line, name, id, value, average));
        }
    }

    public SalaryList? Build() => problems.Any ? null : new SalaryList(rules.Site, race?.Name, drivers);
}
