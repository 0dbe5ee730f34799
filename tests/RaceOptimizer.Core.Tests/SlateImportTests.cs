using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Samples;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Tests;

public class SlateImportTests
{
    private const string Header = "Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame";

    private static SlateFile Salaries(string race, string file = "dk.csv") => TestFiles.Slate(
        file,
        $"{Header}\nD,Kyle Larson (1),Kyle Larson,1,D,11200,{race},Nasca,58.7\nD,Denny Hamlin (2),Denny Hamlin,2,D,10900,{race},Nasca,55.1\n");

    [Fact]
    public void The_sample_files_make_a_complete_slate_and_report_the_names_they_spell_differently()
    {
        var result = SlateImport.Import(SampleSlate.Files());

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal(new Race("Hollywood Casino 400", Series.Cup, "Kansas Speedway", TrackType.Intermediate, 267, null), result.Slate.Race);
        Assert.All(result.Slate.Drivers, d => Assert.True(d.Start is not null && d.Projection is not null && d.ProjectedFinish is not null && d.Ownership is not null, d.Name));
        Assert.Equal(Enumerable.Range(1, 36), result.Slate.Drivers.Select(d => d.Start!.Value).Order());
        Assert.Equal(
            [
                ("A.J. Allmendinger", "AJ Allmendinger", NameMatchKind.Normalized),
                ("Daniel Suarez", "Daniel Suárez", NameMatchKind.Normalized),
                ("John Hunter Nemechek", "John H. Nemechek", NameMatchKind.MiddleName),
                ("Ricky Stenhouse", "Ricky Stenhouse Jr.", NameMatchKind.Normalized),
            ],
            result.Names.Matched.Where(m => m.File == "sample-grid.csv").Select(m => (m.Name, m.SlateName, m.How)).Order());
        Assert.Empty(result.Names.Unmatched);
        Assert.Empty(result.Names.Absent);
    }

    [Fact]
    public void Problems_of_every_file_come_back_together()
    {
        var files = new SlateFiles(
            TestFiles.Slate("dk.csv", $"{Header}\nD,Kyle Larson (1),Kyle Larson,1,D,lots,Kansas 400,Nasca,58.7\n"),
            TestFiles.Slate("grid.csv", "driver,start\nKyle Larson,1\nDenny Hamlin,1\n"),
            TestFiles.Slate("projections.csv", "driver,dk_points\nKyle Larson,sixty\n"),
            TestFiles.Slate("ownership.csv", "driver;ownership\nKyle Larson;20\n"));

        var result = SlateImport.Import(files);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [("dk.csv", 2, (int?)6), ("grid.csv", 3, 2), ("projections.csv", 2, 2), ("ownership.csv", 1, null)],
            result.Problems.Select(p => (p.File, p.Line, p.Column)));
    }

    [Fact]
    public void Drivers_unknown_to_the_salary_file_are_problems_in_their_own_file()
    {
        var files = new SlateFiles(
            Salaries("Hollywood Casino 400"),
            Projections: TestFiles.Slate("p.csv", "driver,finish\nKyle Bush,3\n"),
            Ownership: TestFiles.Slate("own.csv", "start,driver,ownership\n1,Denny Hamiln,20\n"));

        var result = SlateImport.Import(files);

        Assert.Equal(
            [
                new ImportProblem("p.csv", 2, 1, "driver 'Kyle Bush' is not in the salary file dk.csv"),
                new ImportProblem("own.csv", 2, 2, "driver 'Denny Hamiln' is not in the salary file dk.csv (did you mean 'Denny Hamlin'?)"),
            ],
            result.Problems);
        Assert.Equal([new UnmatchedName("p.csv", 2, "Kyle Bush", null), new UnmatchedName("own.csv", 2, "Denny Hamiln", "Denny Hamlin")], result.Names.Unmatched);
    }

    [Fact]
    public void Two_rows_naming_the_same_driver_differently_are_a_problem()
    {
        var files = new SlateFiles(Salaries("Hollywood Casino 400"), Projections: TestFiles.Slate("p.csv", "driver,finish\nKyle Larson,2\nkyle  larson,3\n"));

        var problem = Assert.Single(SlateImport.Import(files).Problems);

        Assert.Equal(new ImportProblem("p.csv", 3, 1, "driver 'kyle  larson' repeats line 2"), problem);
    }

    [Fact]
    public void A_grid_that_leaves_out_a_driver_reports_him_absent()
    {
        var result = SlateImport.Import(new SlateFiles(Salaries("Hollywood Casino 400"), TestFiles.Slate("grid.csv", "driver,start\nKyle Larson,1\n")));

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal([new AbsentDriver("grid.csv", "Denny Hamlin")], result.Names.Absent);
        Assert.Null(result.Slate.Drivers.Single(d => d.Name == "Denny Hamlin").Start);
    }

    [Fact]
    public void A_file_of_the_other_site_is_refused_when_the_site_is_chosen()
    {
        var result = SlateImport.Import(new SlateFiles(Salaries("Hollywood Casino 400")), new SlateImportOptions { Site = Site.FanDuel });

        Assert.Equal(new ImportProblem("dk.csv", 1, null, "this is a DraftKings salary export, not a FanDuel player list"), Assert.Single(result.Problems));
    }

    [Fact]
    public void An_unknown_race_asks_for_the_track_and_series()
    {
        var result = SlateImport.Import(new SlateFiles(Salaries("Mystery 300")));

        Assert.Equal(
            [
                new ImportProblem("dk.csv", 1, null, "the track of race 'Mystery 300' is not known: choose the track"),
                new ImportProblem("dk.csv", 1, null, "the series of race 'Mystery 300' is not known: choose Cup, O'Reilly or Trucks"),
            ],
            result.Problems);
    }

    [Fact]
    public void A_track_named_in_the_race_needs_only_the_series()
    {
        var result = SlateImport.Import(new SlateFiles(Salaries("Kansas Lottery 300")), new SlateImportOptions { Series = Series.OReilly });

        Assert.Equal(new Race("Kansas Lottery 300", Series.OReilly, "Kansas Speedway", TrackType.Intermediate, 200, null), result.Slate?.Race);
    }

    [Fact]
    public void Options_override_every_guess()
    {
        var options = new SlateImportOptions
        {
            Id = "slate-7",
            Name = "Atlanta main",
            Track = TrackCatalog.Find("Atlanta"),
            Series = Series.Cup,
            Date = new DateOnly(2021, 3, 21),
            ScheduledLaps = 325,
            RaceName = "Folds of Honor QuikTrip 500",
        };

        var slate = SlateImport.Import(new SlateFiles(Salaries("Brickyard 400")), options).Slate!;

        Assert.Equal(("slate-7", "Atlanta main"), (slate.Id, slate.Name));
        Assert.Equal(new Race("Folds of Honor QuikTrip 500", Series.Cup, "Atlanta Motor Speedway", TrackType.Intermediate, 325, new DateOnly(2021, 3, 21)), slate.Race);
    }

    [Fact]
    public void The_same_salary_file_always_gets_the_same_id()
    {
        var first = SlateImport.Import(new SlateFiles(Salaries("Hollywood Casino 400"))).Slate!;
        var again = SlateImport.Import(new SlateFiles(Salaries("Hollywood Casino 400"), TestFiles.Slate("grid.csv", "driver,start\nKyle Larson,1\n"))).Slate!;
        var other = SlateImport.Import(new SlateFiles(Salaries("AdventHealth 400"))).Slate!;

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Matches("^dk-[0-9a-f]{12}$", first.Id);
    }

    [Fact]
    public void A_slate_takes_the_projection_of_its_own_site()
    {
        var fanDuel = TestFiles.Slate(
            "fd.csv",
            "Id,First Name,Last Name,Salary\n1-1,Kyle,Larson,14000\n1-2,Denny,Hamlin,13500\n");
        var projections = TestFiles.Slate("p.csv", "driver,dk_points,fd_points,finish\nKyle Larson,70,65.5,2.5\nDenny Hamlin,60,,4\n");
        var options = new SlateImportOptions { Track = TrackCatalog.Find("Kansas"), Series = Series.Cup };

        var slate = SlateImport.Import(new SlateFiles(fanDuel, Projections: projections), options).Slate!;

        Assert.Equal([(65.5, 2.5), ((double?)null, (double?)4)], slate.Drivers.Select(d => (d.Projection, d.ProjectedFinish)));
        Assert.StartsWith("fd-", slate.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_FanDuel_list_without_a_track_asks_for_it()
    {
        var fanDuel = TestFiles.Slate("fd.csv", "Id,First Name,Last Name,Salary\n1-1,Kyle,Larson,14000\n");

        var result = SlateImport.Import(new SlateFiles(fanDuel), new SlateImportOptions { Series = Series.Cup });

        Assert.Equal(new ImportProblem("fd.csv", 1, null, "the file does not name the race: choose the track"), Assert.Single(result.Problems));
    }
}
