namespace RaceOptimizer.Core.Import.Csv;

/// <summary>Every CSV layout the importers know, so a file given to the wrong importer is named for what it is.</summary>
internal static class CsvLayouts
{
    public static readonly CsvLayout DraftKingsSalaries = new("a DraftKings salary export", "drivers", "Name", "ID", "Salary", "Game Info");

    public static readonly CsvLayout FanDuelPlayers = new("a FanDuel player list", "drivers", "Id", "First Name", "Last Name", "Salary");

    public static readonly CsvLayout StartingGrid = new("a starting grid", "drivers", "driver", "start");

    public static readonly CsvLayout Projections = new("a projections file", "drivers", ["driver"], ["dk_points", "fd_points", "finish"]);

    public static readonly CsvLayout Ownership = new("an ownership file", "drivers", "driver", "ownership");

    public static readonly CsvLayout Results = new("a results file", "drivers", "driver", "start", "finish", "laps_led", "fastest_laps", "laps_completed");

    public static readonly CsvLayout LoopData = new(
        "a loop data file", "drivers", "driver_name", "race_date", "series", "track_name", "start", "finish", "fastest_lap", "laps_led", "laps", "status");

    public static readonly CsvLayout Payouts = new("a payout table", "ranks", "from", "to", "prize");

    public static readonly CsvLayout DraftKingsEntries = new("a DraftKings entries file", "entries", "Entry ID", "Contest Name", "Contest ID", "Entry Fee", "D");

    // Its entry_fee column is left out of some copies: the reader takes it when it is there.
    public static readonly CsvLayout FanDuelEntries = new("a FanDuel entries file", "entries", "entry_id", "contest_id", "contest_name", "Driver");

    // Most specific first: a results file also has a grid's columns.
    private static readonly CsvLayout[] All = [LoopData, Results, FanDuelPlayers, DraftKingsSalaries, StartingGrid, Ownership, Projections, Payouts, DraftKingsEntries, FanDuelEntries];

    public static CsvLayout? Identify(IReadOnlySet<string> headerKeys) => All.FirstOrDefault(layout => layout.Fits(headerKeys));
}
