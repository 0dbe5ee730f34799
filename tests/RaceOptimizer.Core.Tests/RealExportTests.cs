using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests;

/// <summary>The real exports in ../shared/data import whole, every driver with the right id and salary.</summary>
public class RealExportTests
{
    [Theory]
    [InlineData("dk-salaries-cup-brickyard-400.csv", 39, 4500, 11000, "Brickyard 400 presented by PPG")]
    [InlineData("dk-salaries-oreilly-pennzoil-250.csv", 38, 4500, 11500, "Pennzoil 250 presented by Take 5 Oil Change")]
    [InlineData("dk-salaries-trucks-tsport-200.csv", 38, 5000, 12500, "TSport 200 presented by Warn Industries")]
    public void DraftKings_exports_import_every_driver(string file, int drivers, int minSalary, int maxSalary, string race)
    {
        using var stream = TestFiles.Shared(file);

        var result = DraftKingsSalaryFile.Read(stream, file);

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal(Site.DraftKings, result.Value.Site);
        Assert.Equal(race, result.Value.RaceName);
        Assert.Equal(drivers, result.Value.Drivers.Count);
        Assert.Equal(minSalary, result.Value.Drivers.Min(d => d.Salary));
        Assert.Equal(maxSalary, result.Value.Drivers.Max(d => d.Salary));
        Assert.Equal(drivers, result.Value.Drivers.Select(d => d.SiteId).Distinct().Count());
    }

    [Theory]
    [InlineData("dk-salaries-cup-brickyard-400.csv", "Denny Hamlin", "43667053", 11000, 57.99, 2)]
    [InlineData("dk-salaries-cup-brickyard-400.csv", "John H. Nemechek", "43667075", 6600, 23.36, 24)]
    [InlineData("dk-salaries-cup-brickyard-400.csv", "Ricky Stenhouse Jr", "43667086", 5300, 23.55, 35)]
    [InlineData("dk-salaries-cup-brickyard-400.csv", "Daniel Dye", "43667091", 4500, 26.9, 40)]
    [InlineData("dk-salaries-oreilly-pennzoil-250.csv", "Chase Elliott", "43666940", 11000, 90.8, 3)]
    [InlineData("dk-salaries-oreilly-pennzoil-250.csv", "Blake Lothian", "43666976", 4500, null, 39)]
    [InlineData("dk-salaries-trucks-tsport-200.csv", "Layne Riggs", "43666825", 12500, 45.2, 2)]
    [InlineData("dk-salaries-trucks-tsport-200.csv", "Frankie Muniz", "43666862", 5000, 22.2, 39)]
    public void DraftKings_drivers_keep_their_id_salary_and_line(string file, string name, string id, int salary, double? average, int line)
    {
        using var stream = TestFiles.Shared(file);

        var driver = Assert.Single(DraftKingsSalaryFile.Read(stream, file).Value!.Drivers, d => d.Name == name);

        Assert.Equal(id, driver.SiteId);
        Assert.Equal(salary, driver.Salary);
        if (average is not null)
        {
            Assert.Equal(average, driver.AvgPointsPerGame);
        }

        Assert.Equal(line, driver.Line);
    }

    [Fact]
    public void The_FanDuel_player_list_imports_every_driver()
    {
        using var stream = TestFiles.Shared("fd-players-cup-brickyard-400.csv");

        var result = FanDuelPlayerFile.Read(stream, "fd-players-cup-brickyard-400.csv");

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        var drivers = result.Value.Drivers;
        Assert.Equal(Site.FanDuel, result.Value.Site);
        Assert.Null(result.Value.RaceName);
        Assert.Equal(39, drivers.Count);
        Assert.Equal(2000, drivers.Min(d => d.Salary));
        Assert.Equal(14000, drivers.Max(d => d.Salary));
        Assert.Equal(new SalaryEntry(2, "Denny Hamlin", "132686-82878", 14000, 62.14230581), drivers[0]);
        Assert.Contains(new SalaryEntry(24, "John Hunter Nemechek", "132686-118091", 5800, 41.39600098), drivers);
        Assert.Contains(new SalaryEntry(35, "Ricky Stenhouse Jr.", "132686-82900", 3000, 43.30384709), drivers);
        Assert.Contains(new SalaryEntry(40, "Casey Mears", "132686-102625", 2000, 27.60000102), drivers);
    }

    [Fact]
    public void Every_FanDuel_driver_matches_a_DraftKings_driver_of_the_same_race()
    {
        using var draftKings = TestFiles.Shared("dk-salaries-cup-brickyard-400.csv");
        using var fanDuel = TestFiles.Shared("fd-players-cup-brickyard-400.csv");
        var matcher = new DriverNameMatcher(DraftKingsSalaryFile.Read(draftKings, "dk.csv").Value!.Drivers.Select(d => d.Name));

        var matches = FanDuelPlayerFile.Read(fanDuel, "fd.csv").Value!.Drivers.ToDictionary(d => d.Name, d => matcher.Match(d.Name));

        Assert.All(matches, m => Assert.NotNull(m.Value));
        Assert.Equal(new NameMatch("John H. Nemechek", NameMatchKind.MiddleName), matches["John Hunter Nemechek"]);
        Assert.Equal(new NameMatch("Ricky Stenhouse Jr", NameMatchKind.Normalized), matches["Ricky Stenhouse Jr."]);
        Assert.Equal(new NameMatch("Shane Van Gisbergen", NameMatchKind.Normalized), matches["Shane van Gisbergen"]);
        Assert.Equal(39, matches.Values.Select(m => m!.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("dk-salaries-cup-brickyard-400.csv", Series.Cup, "Indianapolis Motor Speedway", TrackType.Flat, 160)]
    [InlineData("dk-salaries-oreilly-pennzoil-250.csv", Series.OReilly, "Indianapolis Motor Speedway", TrackType.Flat, 100)]
    [InlineData("dk-salaries-trucks-tsport-200.csv", Series.Trucks, "Lucas Oil Indianapolis Raceway Park", TrackType.ShortTrack, 200)]
    public void A_DraftKings_slate_knows_its_race_from_the_race_name(string file, Series series, string track, TrackType type, int laps)
    {
        var result = SlateImport.Import(new SlateFiles(new SlateFile(file, TestFiles.Shared(file))));

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal(series, result.Slate.Race.Series);
        Assert.Equal(track, result.Slate.Race.Track);
        Assert.Equal(type, result.Slate.Race.TrackType);
        Assert.Equal(laps, result.Slate.Race.ScheduledLaps);
        Assert.StartsWith("dk-", result.Slate.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_FanDuel_slate_takes_its_race_from_the_options()
    {
        var file = new SlateFile("fd.csv", TestFiles.Shared("fd-players-cup-brickyard-400.csv"));
        var options = new SlateImportOptions { Track = Tracks.TrackCatalog.Find("Indianapolis"), Series = Series.Cup, RaceName = "Brickyard 400" };

        var result = SlateImport.Import(new SlateFiles(file), options);

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal(Site.FanDuel, result.Slate.Site);
        Assert.Equal(new Race("Brickyard 400", Series.Cup, "Indianapolis Motor Speedway", TrackType.Flat, 160, null), result.Slate.Race);
        Assert.Equal(39, result.Slate.Drivers.Count);
    }
}
