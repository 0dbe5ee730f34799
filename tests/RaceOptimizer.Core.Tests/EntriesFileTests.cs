using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Uploads;

namespace RaceOptimizer.Core.Tests;

/// <summary>The DraftKings entries file: read as downloaded, filled from a portfolio, written back as DraftKings takes it.</summary>
public class EntriesFileTests
{
    private const string FileName = "DKEntries.csv";

    // As DraftKings hands it out: instructions and the slate's player list to the right, after an empty column, running on below the entries.
    private const string Download =
        "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D,,Instructions\n" +
        "4512345001,NASCAR $100K Kansas,170000001,$5,,,,,,,,1. Locate the player you want to select in the list below\n" +
        "4512345002,NASCAR $100K Kansas,170000001,$5,Kyle Larson (90000101),,,,,,,2. Copy the ID of your player\n" +
        "4512345003,NASCAR $1 Single Entry,170000002,$0.25,,,,,,,,\n" +
        "\n" +
        ",,,,,,,,,,,Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame\n" +
        ",,,,,,,,,,,D,Kyle Larson (90000101),Kyle Larson,90000101,D,11000,KAN,HMS,60.1\n";

    private static EntriesFile Read(string csv) => TestFiles.Succeeded(DraftKingsEntriesFile.Read(TestFiles.Text(csv), FileName));

    private static List<string> Problems(string csv) => TestFiles.ProblemTexts(DraftKingsEntriesFile.Read(TestFiles.Text(csv), FileName));

    private static Lineup Lineup(int n) => new([.. Enumerable.Range(0, 6).Select(i => $"{90000101 + (n * 6) + i}")]);

    private static string Entries(params (string Contest, int Count)[] contests) =>
        "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D\n" + string.Concat(contests.SelectMany((c, i) =>
            Enumerable.Range(0, c.Count).Select(e => $"{((i + 1) * 1000) + e},{c.Contest},{c.Contest},$1,,,,,,\n")));

    [Fact]
    public void A_download_is_read_for_its_entries_and_the_player_list_beside_them_ignored()
    {
        var file = Read(Download);

        Assert.Equal(["Entry ID", "Contest Name", "Contest ID", "Entry Fee", "D", "D", "D", "D", "D", "D"], file.Header);
        Assert.Equal([4, 5, 6, 7, 8, 9], file.RosterColumns);
        Assert.Equal(["4512345001", "4512345002", "4512345003"], file.Entries.Select(e => e.EntryId));
        Assert.Equal([5, 5, 0.25], file.Entries.Select(e => e.EntryFee!.Value));
        Assert.Equal(["170000001", "170000001", "170000002"], file.Entries.Select(e => e.ContestId));
        Assert.Equal([2, 3, 4], file.Entries.Select(e => e.Line));
        Assert.Equal("Kyle Larson (90000101)", file.Entries[1].Cells[4]);
    }

    [Fact]
    public void Bad_entries_are_reported_by_file_line_and_column()
    {
        var problems = Problems(
            "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D\n" +
            "4512345001,Kansas,170000001,five,,,,,,\n" +
            "4512345001,Kansas,170000001,$5,,,,,,\n" +
            "=cmd,Kansas,,$5,,,,,,\n");

        Assert.Equal(
            [
                "DKEntries.csv(2,4): 'Entry Fee' is 'five', not a number",
                "DKEntries.csv(3,1): entry 4512345001 repeats line 2",
                "DKEntries.csv(4,1): 'Entry ID' is '=cmd', not a DraftKings entry id (digits only)",
                "DKEntries.csv(4,3): 'Contest ID' is empty",
            ],
            problems);
    }

    [Fact]
    public void A_file_without_six_roster_columns_or_without_entries_is_refused()
    {
        Assert.Equal(
            ["DKEntries.csv(1,5): the file has 5 roster columns 'D' side by side: a DraftKings NASCAR lineup has 6"],
            Problems("Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D\n4512345001,Kansas,170000001,$5,,,,,\n"));
        Assert.Equal(
            ["DKEntries.csv(1): the file has a header but no entries"],
            Problems("Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D,,Instructions\n,,,,,,,,,,,1. Locate the player\n"));
        Assert.Equal(["DKEntries.csv(1): this is a DraftKings salary export, not a DraftKings entries file"], Problems("Name,ID,Salary,Game Info\nKyle Larson,1,11000,KAN\n"));
    }

    [Fact]
    public void Contests_take_turns_so_each_gets_distinct_lineups_spread_in_portfolio_order()
    {
        var file = Read(Entries(("A", 4), ("B", 2), ("C", 3)));
        var portfolio = Enumerable.Range(0, 4).Select(Lineup).ToList();

        var fill = EntriesFill.Of(file, portfolio);

        int[] Picks(string contest) => [.. fill.Entries.Where(e => e.Entry.ContestId == contest).Select(e => portfolio.IndexOf(e.Lineup))];
        Assert.Equal([0, 3, 2, 1], Picks("A"));
        Assert.Equal([1, 0], Picks("B"));
        Assert.Equal([2, 1, 3], Picks("C"));
        Assert.Equal(file.Entries, fill.Entries.Select(e => e.Entry)); // file order kept
        Assert.Empty(fill.Reused);
        Assert.Equal(fill.Entries, EntriesFill.Of(file, portfolio).Entries); // the same every time
    }

    [Fact]
    public void A_contest_with_more_entries_than_lineups_reuses_them_evenly_and_says_so()
    {
        var file = Read(Entries(("A", 5)));
        var portfolio = Enumerable.Range(0, 2).Select(Lineup).ToList();

        var fill = EntriesFill.Of(file, portfolio);

        Assert.Equal([0, 1, 0, 1, 0], fill.Entries.Select(e => portfolio.IndexOf(e.Lineup)));
        var reused = Assert.Single(fill.Reused);
        Assert.Equal(new ReusedLineups("A", "A", 5, 2), reused);
        Assert.Equal("Contest A (A) has 5 entries and the portfolio 2 lineups: each lineup is entered 2 or 3 times.", reused.ToString());
    }

    [Fact]
    public void The_filled_file_keeps_the_entry_columns_and_holds_player_ids_in_the_roster_slots()
    {
        var file = Read(Download);

        var written = EntriesFill.Of(file, [Lineup(0), Lineup(1)]).Write("DKEntries-filled.csv");
        var rows = TestFiles.CsvRows(written.Csv);

        Assert.Equal("DKEntries-filled.csv", written.FileName);
        Assert.Equal(file.Header, rows[0]);
        Assert.Equal(
            [
                ["4512345001", "NASCAR $100K Kansas", "170000001", "$5", .. Lineup(0).SiteIds],
                ["4512345002", "NASCAR $100K Kansas", "170000001", "$5", .. Lineup(1).SiteIds],
                // The second contest's first turn comes after the first contest's: lineup 0 is taken, the cursor is on 1.
                ["4512345003", "NASCAR $1 Single Entry", "170000002", "$0.25", .. Lineup(1).SiteIds],
            ],
            rows.Skip(1));
        Assert.Equal(file.Entries.Select(e => e.EntryId), Read(written.Csv).Entries.Select(e => e.EntryId));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public void A_cell_that_would_run_as_a_formula_is_written_as_text(string contestName)
    {
        var file = Read($"Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D\n4512345001,\"{contestName.Replace("\"", "\"\"", StringComparison.Ordinal)}\",170000001,$5,,,,,,\n");

        var rows = TestFiles.CsvRows(EntriesFill.Of(file, [Lineup(0)]).Write("DKEntries-filled.csv").Csv);

        Assert.Equal("'" + contestName, rows[1][1]);
    }
}
