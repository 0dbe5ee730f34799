using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.Results;

/// <summary>Where a results layout keeps each value a <see cref="DriverResult"/> needs.</summary>
internal sealed record ResultColumns(CsvColumn Driver, CsvColumn Start, CsvColumn Finish, CsvColumn LapsLed, CsvColumn FastestLaps, CsvColumn LapsCompleted, CsvColumn? Status);

/// <summary>The checks every results file shares: one row per driver, each start and finish once, laps that add up.</summary>
internal sealed class ResultRows(ResultColumns columns, ProblemLog problems)
{
    // Daytona's qualifying duels and a few doubleheaders share a date, series and track in loop data.
    private const string OneRace = "a results file holds one race";

    private readonly Dictionary<string, int> drivers = [];
    private readonly Dictionary<int, int> starts = [];
    private readonly Dictionary<int, int> finishes = [];
    private readonly List<DriverResult> results = [];

    public void Add(RowReader cells)
    {
        var name = cells.Text(columns.Driver);
        var start = cells.WholeNumber(columns.Start, minimum: 1);
        var finish = cells.WholeNumber(columns.Finish, minimum: 1);
        var lapsLed = cells.WholeNumber(columns.LapsLed, minimum: 0);
        var fastestLaps = cells.WholeNumber(columns.FastestLaps, minimum: 0);
        var laps = cells.WholeNumber(columns.LapsCompleted, minimum: 0);
        var consistent = NotMoreThanLaps(cells, columns.LapsLed, lapsLed, laps) & NotMoreThanLaps(cells, columns.FastestLaps, fastestLaps, laps);
        var unique = (name is null || cells.Unique(drivers, DriverName.Key(name), columns.Driver, $"driver '{name}'", OneRace))
            & (start is not { } s || cells.Unique(starts, s, columns.Start, $"start {s}", OneRace))
            & (finish is not { } f || cells.Unique(finishes, f, columns.Finish, $"finish {f}", OneRace));
        if (consistent && unique && name is not null && start is { } from && finish is { } to && lapsLed is { } led && fastestLaps is { } fastest && laps is { } completed)
        {
            results.Add(new DriverResult(name, from, to, led, fastest, completed, cells.OptionalText(columns.Status) ?? "running"));
        }
    }

    /// <summary>The drivers in finishing order, or null when any row had a problem.</summary>
    public IReadOnlyList<DriverResult>? Build() => problems.Any ? null : [.. results.OrderBy(r => r.Finish)];

    private static bool NotMoreThanLaps(RowReader cells, CsvColumn column, int? count, int? laps)
    {
        if (count > laps)
        {
            cells.Problem(column, $"'{column.Name}' is {count}, more than the {laps} laps completed");
            return false;
        }

        return true;
    }
}
