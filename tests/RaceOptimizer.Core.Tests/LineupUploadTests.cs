using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Uploads;

namespace RaceOptimizer.Core.Tests;

public class LineupUploadTests
{
    private static Lineup DraftKingsLineup(int n) => new([.. Enumerable.Range(0, 6).Select(i => $"{43667053 + ((n + i) % 39)}")]);

    [Fact]
    public void A_DraftKings_upload_has_six_D_columns_of_player_ids()
    {
        var file = Assert.Single(LineupUpload.Write(ContestRules.DraftKings, [DraftKingsLineup(0), DraftKingsLineup(1)], "brickyard"));

        Assert.Equal("brickyard.csv", file.FileName);
        Assert.Equal("D,D,D,D,D,D\r\n43667053,43667054,43667055,43667056,43667057,43667058\r\n43667054,43667055,43667056,43667057,43667058,43667059\r\n", file.Csv);
    }

    [Fact]
    public void More_than_500_DraftKings_lineups_are_split_into_files_of_500()
    {
        var lineups = Enumerable.Range(0, 1001).Select(DraftKingsLineup).ToList();

        var files = LineupUpload.Write(ContestRules.DraftKings, lineups);

        Assert.Equal(["lineups-1.csv", "lineups-2.csv", "lineups-3.csv"], files.Select(f => f.FileName));
        Assert.Equal([501, 501, 2], files.Select(f => TestFiles.CsvRows(f.Csv).Count));
        Assert.Equal(lineups.Select(l => l.SiteIds), files.SelectMany(f => TestFiles.CsvRows(f.Csv).Skip(1)));
    }

    [Fact]
    public void Exactly_500_lineups_fit_one_file()
    {
        Assert.Single(LineupUpload.Write(ContestRules.DraftKings, [.. Enumerable.Range(0, 500).Select(DraftKingsLineup)]));
    }

    [Fact]
    public void A_FanDuel_upload_has_five_Driver_columns_of_bare_ids()
    {
        var lineup = new Lineup(["132686-82878", "132686-82888", "132686-102623", "132686-118521", "132686-146285"]);

        var file = Assert.Single(LineupUpload.Write(ContestRules.FanDuel, [lineup]));

        Assert.Equal("Driver,Driver,Driver,Driver,Driver\r\n132686-82878,132686-82888,132686-102623,132686-118521,132686-146285\r\n", file.Csv);
    }

    [Fact]
    public void Cells_that_a_spreadsheet_would_run_as_formulas_are_escaped()
    {
        var lineup = new Lineup(["=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "43667053", "a=b"]);

        var cells = TestFiles.CsvRows(Assert.Single(LineupUpload.Write(ContestRules.DraftKings, [lineup])).Csv)[1];

        Assert.Equal(["'=HYPERLINK(\"http://evil\")", "'+1", "'-2", "'@SUM(A1)", "43667053", "a=b"], cells);
        Assert.DoesNotContain(cells, cell => cell[0] is '=' or '+' or '-' or '@');
    }

    [Fact]
    public void A_lineup_of_the_wrong_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LineupUpload.Write(ContestRules.FanDuel, [DraftKingsLineup(0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LineupUpload.Write(ContestRules.DraftKings, []));
    }
}
