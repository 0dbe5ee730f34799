using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Uploads;

namespace RaceOptimizer.Core.Tests;

/// <summary>FanDuel's entries file: told from DraftKings' by its header, read as downloaded, written back as FanDuel takes it.</summary>
public class FanDuelEntriesFileTests
{
    private const string FileName = "FanDuel-entries.csv";

    private const string Header = "entry_id,contest_id,contest_name,entry_fee,Driver,Driver,Driver,Driver,Driver";

    // As FanDuel hands it out: ids quoted as text, instructions and the slate's player list to the right after an empty column.
    private const string Download =
        Header + ",,Instructions\n" +
        "\"3670015043\",\"127613-279208572\",\"NASCAR $5 Single Entry\",\"5\",,,,,,,\"1. Locate the player you want to select in the list below\"\n" +
        "\"3670015044\",\"127613-279208572\",\"NASCAR $5 Single Entry\",\"5\",\"132686-82878\",,,,,,\"2. Copy the ID of your player\"\n" +
        "\"3670015050\",\"127613-279208600\",\"NASCAR Quarter Arcade\",\"0.25\",,,,,,,\n" +
        ",,,,,,,,,,\"Player ID + Player Name\",\"Id\",\"Position\",\"First Name\",\"Nickname\",\"Last Name\",\"FPPG\",\"Played\",\"Salary\"\n" +
        ",,,,,,,,,,\"132686-82878:Denny Hamlin\",\"132686-82878\",\"D\",\"Denny\",\"Denny Hamlin\",\"Hamlin\",\"62.1\",\"26\",\"14000\"\n";

    private static EntriesFile Read(string csv) => TestFiles.Succeeded(EntriesFile.Read(TestFiles.Text(csv), FileName));

    private static List<string> Problems(string csv) => TestFiles.ProblemTexts(EntriesFile.Read(TestFiles.Text(csv), FileName));

    private static Lineup Lineup(int n) => new([.. Enumerable.Range(0, 5).Select(i => $"132686-{82878 + (n * 5) + i}")]);

    [Fact]
    public void A_download_is_read_as_FanDuels_and_the_player_list_beside_it_ignored()
    {
        var file = Read(Download);

        Assert.Equal(Site.FanDuel, file.Site);
        Assert.Equal(Header.Split(','), file.Header);
        Assert.Equal([4, 5, 6, 7, 8], file.RosterColumns);
        Assert.Equal(["3670015043", "3670015044", "3670015050"], file.Entries.Select(e => e.EntryId));
        Assert.Equal(["127613-279208572", "127613-279208572", "127613-279208600"], file.Entries.Select(e => e.ContestId));
        Assert.Equal([5, 5, 0.25], file.Entries.Select(e => e.EntryFee!.Value));
        Assert.Equal("132686-82878", file.Entries[1].Cells[4]);
    }

    [Fact]
    public void A_copy_without_the_entry_fee_column_is_read_without_fees()
    {
        var file = Read("entry_id,contest_id,contest_name,Driver,Driver,Driver,Driver,Driver\n\"3670015043\",\"127613-279208572\",\"NASCAR $5\",,,,,\n");

        Assert.Equal([3, 4, 5, 6, 7], file.RosterColumns);
        Assert.Null(Assert.Single(file.Entries).EntryFee);
    }

    [Fact]
    public void Each_site_is_told_by_its_header_and_the_other_sites_reader_names_it()
    {
        Assert.Equal(Site.DraftKings, Read("Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D\n4512345001,Kansas,170000001,$5,,,,,,\n").Site);
        Assert.Equal(
            ["FanDuel-entries.csv(1): this is a FanDuel entries file, not a DraftKings entries file"],
            DraftKingsEntriesFile.Read(TestFiles.Text(Download), FileName).Problems.Select(p => p.ToString()));
        Assert.True(FanDuelEntriesFile.Read(TestFiles.Text(Download), FileName).Succeeded);
    }

    [Fact]
    public void Bad_entries_are_reported_by_file_line_and_column()
    {
        var problems = Problems(
            Header + "\n" +
            "\"3670015043\",\"127613-279208572\",\"NASCAR $5\",\"5\",,,,,\n" +
            "\"3670015043\",\"127613-279208572\",\"NASCAR $5\",\"5\",,,,,\n" +
            "\"3670015044\",,\"NASCAR $5\",\"5\",,,,,\n" +
            ",\"127613-279208572\",\"NASCAR $5\",\"5\",,,,,\n" +
            "\"3670015045\",\"127613-279208572\",\"NASCAR $5\",\"five\",,,,,\n");

        Assert.Equal(
            [
                "FanDuel-entries.csv(3,1): entry 3670015043 repeats line 2",
                "FanDuel-entries.csv(4,2): 'contest_id' is empty",
                "FanDuel-entries.csv(5,1): 'entry_id' is empty",
                "FanDuel-entries.csv(6,4): 'entry_fee' is 'five', not a number",
            ],
            problems);
    }

    [Fact]
    public void A_roster_of_other_than_five_Driver_columns_is_refused()
    {
        Assert.Equal(
            ["FanDuel-entries.csv(1,5): the file has 6 roster columns 'Driver' side by side: a FanDuel NASCAR lineup has 5"],
            Problems(Header + ",Driver\n\"3670015043\",\"127613-279208572\",\"NASCAR $5\",\"5\",,,,,,\n"));
        Assert.Equal(
            ["FanDuel-entries.csv(1): missing column 'Driver' (the header has: entry_id, contest_id, contest_name, entry_fee)"],
            Problems("entry_id,contest_id,contest_name,entry_fee\n\"3670015043\",\"127613-279208572\",\"NASCAR $5\",\"5\"\n"));
    }

    [Fact]
    public void The_filled_file_keeps_the_entry_columns_and_holds_FanDuel_ids_in_the_roster_slots()
    {
        var file = Read(Download);

        var written = EntriesFill.Of(file, [Lineup(0), Lineup(1)]).Write("FanDuel-entries-filled.csv");
        var rows = TestFiles.CsvRows(written.Csv);

        Assert.Equal(Header.Split(','), rows[0]);
        Assert.Equal(
            [
                ["3670015043", "127613-279208572", "NASCAR $5 Single Entry", "5", .. Lineup(0).SiteIds],
                ["3670015044", "127613-279208572", "NASCAR $5 Single Entry", "5", .. Lineup(1).SiteIds],
                ["3670015050", "127613-279208600", "NASCAR Quarter Arcade", "0.25", .. Lineup(1).SiteIds],
            ],
            rows.Skip(1));
        Assert.Equal(file.Entries.Select(e => e.EntryId), Read(written.Csv).Entries.Select(e => e.EntryId));
        Assert.Throws<ArgumentException>(() => EntriesFill.Of(file, [new Lineup([.. Enumerable.Range(0, ContestRules.DraftKings.RosterSize).Select(i => $"{i}")])]));
    }
}
