using System.Globalization;
using System.Net;
using System.Text;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests;

/// <summary>The real exports in ../shared/data import through POST /api/slates, every driver with his id and salary.</summary>
public sealed class SlateImportTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    [Theory]
    [InlineData("dk-salaries-cup-brickyard-400.csv", 39, Series.Cup, "Indianapolis Motor Speedway", TrackType.Flat, 160)]
    [InlineData("dk-salaries-oreilly-pennzoil-250.csv", 38, Series.OReilly, "Indianapolis Motor Speedway", TrackType.Flat, 100)]
    [InlineData("dk-salaries-trucks-tsport-200.csv", 38, Series.Trucks, "Lucas Oil Indianapolis Raceway Park", TrackType.ShortTrack, 200)]
    public async Task A_DraftKings_export_imports_every_driver(string file, int drivers, Series series, string track, TrackType type, int laps)
    {
        var path = SharedData.File(file);

        using var response = await api.Client.PostAsync("/api/slates", new UploadForm().File("salaries", path), Cancellation);

        var slate = await response.ReadAsync<SlateDetails>(HttpStatusCode.Created);
        Assert.Equal($"/api/slates/{slate.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(Site.DraftKings, slate.Site);
        var rows = TestFiles.Rows(path);
        Assert.Equal(rows[0][6], slate.Name);
        Assert.Equal(new Race(rows[0][6], series, track, type, laps, null), slate.Race);
        // Name, ID and Salary are the 3rd, 4th and 6th columns of a DraftKings export.
        Assert.Equal(drivers, rows.Count);
        Assert.Equal(
            rows.Select(r => (r[2], r[3], int.Parse(r[5], CultureInfo.InvariantCulture))),
            slate.Drivers.Select(d => (d.Name, d.SiteId, d.Salary)));
        Assert.All(slate.Drivers, d => Assert.Null(d.Start));
    }

    [Fact]
    public async Task The_FanDuel_list_imports_with_the_series_and_track_given_in_the_form()
    {
        var path = SharedData.File(TestFiles.FanDuelBrickyard);
        var form = new UploadForm().File("salaries", path).Field("series", "Cup").Field("track", "Indianapolis").Field("name", "Brickyard FD main");

        var slate = await api.Client.ImportAsync(form);

        Assert.Equal(("Brickyard FD main", Site.FanDuel), (slate.Name, slate.Site));
        Assert.Equal(new Race("Indianapolis Motor Speedway", Series.Cup, "Indianapolis Motor Speedway", TrackType.Flat, 160, null), slate.Race);
        // Id, First Name, Last Name and Salary are the 1st, 3rd, 5th and 8th columns of a FanDuel list.
        var rows = TestFiles.Rows(path);
        Assert.Equal(39, rows.Count);
        Assert.Equal(
            rows.Select(r => ($"{r[2]} {r[4]}", r[0], int.Parse(r[7], CultureInfo.InvariantCulture))),
            slate.Drivers.Select(d => (d.Name, d.SiteId, d.Salary)));
        Assert.Contains(new SlateDriver("Denny Hamlin", "132686-82878", 14000, AvgPointsPerGame: 62.14230581), slate.Drivers);
    }

    [Fact]
    public async Task A_track_picked_from_the_catalog_list_names_the_race_of_a_FanDuel_list()
    {
        using var listed = await api.Client.GetAsync("/api/tracks", Cancellation);
        var tracks = await listed.ReadAsync<List<TrackInfo>>(HttpStatusCode.OK);
        // The import dialog offers these names: each must be one the import takes.
        Assert.Equal(TrackCatalog.All.Count, tracks.Count);
        Assert.Equal(tracks.Select(t => t.Name).Order(StringComparer.Ordinal), tracks.Select(t => t.Name));
        var indianapolis = Assert.Single(tracks, t => t.Aliases.Contains("Indianapolis"));
        Assert.Equal(("Flat", 2.5), (indianapolis.Type, indianapolis.Miles));

        var slate = await api.Client.ImportAsync(new UploadForm().File("salaries", SharedData.File(TestFiles.FanDuelBrickyard)).Field("series", "Cup").Field("track", indianapolis.Name));

        Assert.Equal((Series.Cup, indianapolis.Name, TrackType.Flat, 160), (slate.Race.Series, slate.Race.Track, slate.Race.TrackType, slate.Race.ScheduledLaps));
    }

    [Fact]
    public async Task The_grid_projections_and_ownership_join_the_real_salaries_by_name()
    {
        var path = SharedData.File(TestFiles.DraftKingsBrickyard);
        var names = TestFiles.Rows(path).Select(r => r[2]).ToList();
        // Written as other sites write them; the last driver is left off the grid, as a driver who failed to qualify.
        string Spelled(string name) => name switch
        {
            "Ricky Stenhouse Jr" => "Ricky Stenhouse Jr.",
            "John H. Nemechek" => "John Hunter Nemechek",
            _ => name,
        };
        var grid = new StringBuilder("driver,start\n");
        var projections = new StringBuilder("driver,dk_points,finish\n");
        var ownership = new StringBuilder("driver,ownership\n");
        for (var i = 0; i < names.Count; i++)
        {
            if (i < names.Count - 1)
            {
                grid.Append(CultureInfo.InvariantCulture, $"{Spelled(names[i])},{names.Count - 1 - i}\n");
            }

            projections.Append(CultureInfo.InvariantCulture, $"{Spelled(names[i])},{60 - i * 1.5},{i + 1}\n");
            ownership.Append(CultureInfo.InvariantCulture, $"{names[i]},{i * 0.5}%\n");
        }

        var form = new UploadForm()
            .File("salaries", path)
            .Csv("grid", "grid.csv", grid.ToString())
            .Csv("projections", "projections.csv", projections.ToString())
            .Csv("ownership", "ownership.csv", ownership.ToString());

        var slate = await api.Client.ImportAsync(form);

        Assert.Equal(names, slate.Drivers.Select(d => d.Name));
        for (var i = 0; i < names.Count; i++)
        {
            var driver = slate.Drivers[i];
            Assert.Equal(i < names.Count - 1 ? names.Count - 1 - i : null, driver.Start);
            Assert.Equal(60 - i * 1.5, driver.Projection);
            Assert.Equal(i + 1, driver.ProjectedFinish);
            Assert.Equal(i * 0.5, driver.Ownership);
        }

        Assert.Equal(
            [
                ("grid.csv", "John Hunter Nemechek", "John H. Nemechek", NameMatchKind.MiddleName),
                ("grid.csv", "Ricky Stenhouse Jr.", "Ricky Stenhouse Jr", NameMatchKind.Normalized),
                ("projections.csv", "John Hunter Nemechek", "John H. Nemechek", NameMatchKind.MiddleName),
                ("projections.csv", "Ricky Stenhouse Jr.", "Ricky Stenhouse Jr", NameMatchKind.Normalized),
            ],
            slate.Names!.Matched.Select(m => (m.File, m.Name, m.SlateName, m.How)).Order());
        Assert.Equal([new AbsentDriver("grid.csv", names[^1])], slate.Names.Absent);
        Assert.Empty(slate.Names.Unmatched);
    }

    [Fact]
    public async Task The_same_salaries_imported_twice_make_two_slates()
    {
        var path = SharedData.File(TestFiles.DraftKingsBrickyard);

        var first = await api.Client.ImportAsync(new UploadForm().File("salaries", path));
        var again = await api.Client.ImportAsync(new UploadForm().File("salaries", path).Csv("grid", "grid.csv", TestFiles.BrickyardGrid()));

        Assert.NotEqual(first.Id, again.Id);
        Assert.Matches("^[a-z2-9]{10}$", first.Id);
        Assert.Equal(1, again.Drivers.Single(d => d.Name == "Denny Hamlin").Start);
        Assert.Equal(3, (await api.Client.SlatesAsync()).Count);
    }

    [Fact]
    public async Task Files_that_read_cleanly_but_field_no_lineup_are_refused_and_nothing_is_stored()
    {
        var path = SharedData.File(TestFiles.DraftKingsBrickyard);
        var threeDrivers = string.Join('\n', File.ReadLines(path).Take(4)) + "\n";
        // A grid of the five dearest drivers: the others did not qualify, and five cannot make a DraftKings lineup.
        var gridOfFive = "driver,start\n" + string.Concat(TestFiles.Rows(path).Take(5).Select((r, i) => $"{r[2]},{i + 1}\n"));

        using var three = await api.Client.PostAsync("/api/slates", new UploadForm().Csv("salaries", "DKSalaries.csv", threeDrivers), Cancellation);
        using var five = await api.Client.PostAsync(
            "/api/slates", new UploadForm().File("salaries", path).Csv("grid", "grid.csv", gridOfFive), Cancellation);

        var problem = Assert.Single((await three.ProblemAsync()).Problems!);
        Assert.Equal(("DKSalaries.csv", 1, "The slate has 3 drivers; a DraftKings lineup needs 6: no lineup can be entered."), (problem.File, problem.Line, problem.Message));
        Assert.Equal(
            "5 of the slate's 39 drivers start (the grid leaves out 34); a DraftKings lineup needs 6: no lineup can be entered.",
            Assert.Single((await five.ProblemAsync()).Problems!).Message);
        Assert.Single(await api.Client.SlatesAsync()); // the sample slate alone
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
