using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>
/// The real Brickyard 400 export, rated from the real loop data, simulated through the API: undated as DraftKings
/// exports it, dated, and with a grid as it comes (two slate drivers missing, a car the slate does not sell).
/// </summary>
public sealed class RealSlateSimulationTests(RedisServer redis) : ApiTest(redis)
{
    private const int Simulations = 1_000;

    // The day after the last Cup race of loop-data-2019-2023.csv (2023-11-05): what an undated slate is rated as of.
    private const string RatingDay = "2023-11-06";

    [Fact]
    public async Task An_undated_slate_simulates_from_history_as_if_dated_the_rating_day()
    {
        await ImportHistoryAsync();
        var undated = await SimulateAsync(await Client.ImportAsync(Salaries()));
        var datedSlate = await Client.ImportAsync(Salaries().Field("date", RatingDay));
        var dated = await SimulateAsync(datedSlate);
        var known = await KnownDriversAsync();

        var drivers = Drivers(undated);
        var rated = drivers.Where(d => known.Match(d.Name) is not null).ToList();
        Assert.True(rated.Count >= 30, $"history knows {rated.Count} of the {drivers.Count} drivers");
        // The salary prior tells apart even the drivers history does not know.
        Assert.Equal(drivers.Count, drivers.Select(d => d.Strength).Distinct().Count());
        Assert.DoesNotContain(rated, d => d.Strength == StrengthParameters.Default.NewcomerStrength);
        var spearman = Spearman([.. drivers.Select(d => (double)d.Salary)], [.. drivers.Select(d => d.Mean)]);
        TestContext.Current.TestOutputHelper?.WriteLine($"Spearman(salary, simulated DraftKings mean) = {spearman:F3}; history knows {rated.Count} of {drivers.Count}");
        Assert.True(spearman >= 0.6, $"Spearman(salary, simulated DraftKings mean) is {spearman:F3}");
        Assert.Equal(drivers, Drivers(dated));
        Assert.Equal((DateOnly.Parse(RatingDay, CultureInfo.InvariantCulture), TrackType.Flat), (datedSlate.Race.Date!.Value, datedSlate.Race.TrackType));
    }

    [Fact]
    public async Task A_grid_as_it_comes_races_the_real_field_and_drivers_left_off_it_score_nothing()
    {
        await ImportHistoryAsync();
        var names = TestFiles.Rows(SharedData.File(TestFiles.DraftKingsBrickyard)).Select(r => r[2]).ToList();
        string[] missing = ["Denny Hamlin", "Casey Mears"];
        var grid = new StringBuilder("driver,start,rear\n");
        var field = names.Except(missing).Append("Jimmie Johnson").ToList();
        for (var i = 0; i < field.Count; i++)
        {
            grid.Append(CultureInfo.InvariantCulture, $"{field[i]},{i + 1},{(field[i] == "Kyle Larson" ? "yes" : "")}\n");
        }

        var slate = await Client.ImportAsync(Salaries().Csv("grid", "grid.csv", grid.ToString()));
        var job = await SimulateAsync(slate);
        var optimized = await OptimizeAsync(new { type = "optimize", name = "opt", slateId = slate.Id, optimize = new { objective = "mean", lineups = 20, simulationJobId = job.Id } });
        using var locked = await Client.PostAsJsonAsync(
            "/api/jobs", new { type = "optimize", slateId = slate.Id, optimize = new { lineups = 1, simulations = 0, locks = new[] { SiteId(slate, "Denny Hamlin") } } }, Cancellation);

        Assert.Equal(
            [
                (SlateAdjustmentKind.DidNotQualify, "Denny Hamlin"),
                (SlateAdjustmentKind.DidNotQualify, "Casey Mears"),
                (SlateAdjustmentKind.FieldCar, "Jimmie Johnson"),
                (SlateAdjustmentKind.StartsAtRear, "Kyle Larson"),
            ],
            slate.Adjustments.Where(a => a.Kind != SlateAdjustmentKind.NameMatched).Select(a => (a.Kind, a.Driver)));
        Assert.Equal([new FieldCar("Jimmie Johnson", field.Count)], (await Client.GetFromJsonAsync<SlateDetails>($"/api/slates/{slate.Id}", Cancellation))!.FieldCars);
        var result = job.Result!.Value;
        Assert.False(result.GetProperty("startsDrawn").GetBoolean());
        var simulated = result.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(names, simulated.Select(d => d.GetProperty("name").GetString()));
        var matrix = new SimulationFiles(new ApiEnvironment(Api.DataFolder, new RedisChoice("test", "test"))).Load(job.Id, Site.DraftKings)!;
        Assert.Equal((Simulations, names.Count), (matrix.Simulations, matrix.Drivers));
        for (var i = 0; i < names.Count; i++)
        {
            var start = simulated[i].GetProperty("start");
            if (missing.Contains(names[i]))
            {
                Assert.Equal(JsonValueKind.Null, start.ValueKind);
                Assert.Equal(0, simulated[i].GetProperty("draftKings").GetProperty("mean").GetDouble());
                Assert.All(Enumerable.Range(0, Simulations), s => Assert.Equal(0, matrix[s, i]));
            }
            else
            {
                Assert.Equal(field.IndexOf(names[i]) + 1, start.GetInt32());
            }
        }

        var hamlin = SiteId(slate, "Denny Hamlin");
        var lineups = optimized.Result!.Value.GetProperty("lineups").EnumerateArray().ToList();
        Assert.Equal(20, lineups.Count);
        Assert.All(lineups, l => Assert.DoesNotContain(l.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()), id => id == hamlin || id == SiteId(slate, "Casey Mears")));
        Assert.Equal(missing, optimized.Result.Value.GetProperty("notStarting").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        var refused = await locked.ProblemAsync();
        Assert.Contains("Denny Hamlin is not on the starting grid", Assert.Single(refused.Errors!["optimize.locks"]), StringComparison.Ordinal);
    }

    private static UploadForm Salaries() => new UploadForm().File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard));

    private static string SiteId(SlateDetails slate, string name) => slate.Drivers.Single(d => d.Name == name).SiteId;

    private async Task ImportHistoryAsync()
    {
        using var form = new UploadForm().File("file", SharedData.File("loop-data-2019-2023.csv"));
        (await Client.PostAsync("/api/history", form, Cancellation)).EnsureSuccessStatusCode();
    }

    private async Task<JobView> SimulateAsync(SlateDetails slate) =>
        await OptimizeAsync(new { type = "simulate", name = "sim", slateId = slate.Id, simulate = new { simulations = Simulations, seed = 42 } });

    private async Task<JobView> OptimizeAsync(object request)
    {
        var job = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(request)).Id, TimeSpan.FromMinutes(3));
        Assert.True(job.Status == JobStatus.Completed, job.Error);
        return job;
    }

    /// <summary>The Cup drivers the history has races of before the rating day, as the ratings endpoint lists them.</summary>
    private async Task<DriverNameMatcher> KnownDriversAsync()
    {
        var ratings = await Client.GetFromJsonAsync<List<DriverRating>>($"/api/history/ratings?series=Cup&trackType=Flat&before={RatingDay}", Cancellation);
        return new DriverNameMatcher(ratings!.Where(r => r.Races > 0).Select(r => r.Driver));
    }

    private static List<(string Name, int Salary, double Strength, double Mean)> Drivers(JobView job) =>
        [.. job.Result!.Value.GetProperty("drivers").EnumerateArray().Select(d => (
            d.GetProperty("name").GetString()!,
            d.GetProperty("salary").GetInt32(),
            d.GetProperty("strength").GetDouble(),
            d.GetProperty("draftKings").GetProperty("mean").GetDouble()))];

    private static double Spearman(double[] x, double[] y)
    {
        var (rx, ry) = (Ranks(x), Ranks(y));
        var (mx, my) = (rx.Average(), ry.Average());
        var covariance = rx.Zip(ry).Sum(p => (p.First - mx) * (p.Second - my));
        return covariance / Math.Sqrt(rx.Sum(r => (r - mx) * (r - mx)) * ry.Sum(r => (r - my) * (r - my)));
    }

    // Ties share the mean of their ranks.
    private static double[] Ranks(double[] values) =>
        [.. values.Select(v => values.Count(o => o < v) + ((values.Count(o => o == v) + 1) / 2.0))];
}
