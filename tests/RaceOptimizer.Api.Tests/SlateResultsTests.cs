using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.RaceResults;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Tests;

/// <summary>A slate of the 2023 Indianapolis road course race, its real result attached, and lineups scored against it.</summary>
public sealed class SlateResultsTests(RedisServer redis) : IAsyncDisposable
{
    // Invented ids and salaries; the drivers raced there, but for Jimmie Johnson, who did not.
    private const string Salaries = """
        Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame
        D,Michael McDowell (1),Michael McDowell,1,D,7000,Verizon 200 at the Brickyard,Nasca,30
        D,William Byron (2),William Byron,2,D,9000,Verizon 200 at the Brickyard,Nasca,40
        D,Kyle Busch (3),Kyle Busch,3,D,8500,Verizon 200 at the Brickyard,Nasca,38
        D,A.J. Allmendinger (4),A.J. Allmendinger,4,D,7500,Verizon 200 at the Brickyard,Nasca,33
        D,Chase Elliott (5),Chase Elliott,5,D,9500,Verizon 200 at the Brickyard,Nasca,42
        D,Daniel Suárez (6),Daniel Suárez,6,D,7000,Verizon 200 at the Brickyard,Nasca,31
        D,Tyler Reddick (7),Tyler Reddick,7,D,8800,Verizon 200 at the Brickyard,Nasca,41
        D,Jimmie Johnson (8),Jimmie Johnson,8,D,11500,Verizon 200 at the Brickyard,Nasca,20
        """;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    [Fact]
    public async Task Attached_results_give_each_slate_driver_his_points_and_name_who_did_not_match()
    {
        var slate = await ImportSlateAsync();

        var attached = await AttachAsync(slate.Id, TestFiles.LoopRace("2023/08/13", "Cup"));

        Assert.Equal((slate.Id, nameof(Site.DraftKings), new DateOnly(2023, 8, 13)), (attached.SlateId, attached.Site, attached.Race.Date));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], attached.Drivers.Select(d => d.SiteId));
        Assert.Equal([62.4, 54, -24.65, 25.45, 46.85, 44.55, 40.25, 0], attached.Drivers.Select(d => d.Points));
        Assert.Equal("AJ Allmendinger", attached.Drivers[3].Result?.Driver);
        Assert.Equal((1, 54), (attached.Drivers[0].Result!.Finish, attached.Drivers[0].Result!.LapsLed));
        Assert.Equal(new SlateDriverScore("8", "Jimmie Johnson", 11500, null, 0, new ScoreBreakdownInfo(0, 0, 0, 0, 0, 0)), attached.Drivers[7]);
        Assert.Equal(["Jimmie Johnson"], attached.DriversWithoutResult);
        Assert.Equal(39 - 7, attached.ResultsWithoutDriver.Count);
        Assert.DoesNotContain("Michael McDowell", attached.ResultsWithoutDriver);
        Assert.True((await api.Client.SlatesAsync()).Single(s => s.Id == slate.Id).HasResults);
    }

    [Fact]
    public async Task Attached_results_survive_a_restart()
    {
        var slate = await ImportSlateAsync();
        var attached = await AttachAsync(slate.Id, TestFiles.LoopRace("2023/08/13", "Cup"));

        using var restarted = api.Start().CreateClient();
        using var response = await restarted.GetAsync($"/api/slates/{slate.Id}/results", Cancellation);

        var read = await response.ReadAsync<SlateResults>();
        Assert.Equal(attached with { Drivers = [], DriversWithoutResult = [], ResultsWithoutDriver = [] }, read with { Drivers = [], DriversWithoutResult = [], ResultsWithoutDriver = [] });
        Assert.Equal(attached.Drivers, read.Drivers);
        Assert.Equal(attached.ResultsWithoutDriver, read.ResultsWithoutDriver);
    }

    [Fact]
    public async Task Lineups_score_against_the_attached_results()
    {
        var slate = await ImportSlateAsync();
        await AttachAsync(slate.Id, TestFiles.LoopRace("2023/08/13", "Cup"));

        using var response = await ScoreLineupsAsync(slate.Id, ["1", "2", "3", "4", "5", "6"], ["1", "2", "7", "4", "5", "6"]);

        // 62.4 + 54 - 24.65 + 25.45 + 46.85 + 44.55 = 208.6; Reddick's 40.25 for Busch's -24.65 makes 273.5.
        var portfolio = await response.ReadAsync<PortfolioResult>();
        Assert.Equal([208.6, 273.5], portfolio.Lineups.Select(l => l.Total));
        Assert.Equal((273.5, 241.05), (portfolio.Best, portfolio.Average));
        Assert.Equal(new LineupDriverScore("1", "Michael McDowell", 62.4, new ScoreBreakdown(45, 3, 13.5, 0.9, 0, 62.4)), portfolio.Lineups[0].Drivers[0]);
        Assert.Equal(["1", "2", "7", "4", "5", "6"], portfolio.Lineups[1].SiteIds);
    }

    [Fact]
    public async Task Lineups_that_break_the_rules_are_refused_with_every_violation()
    {
        var slate = await ImportSlateAsync();
        await AttachAsync(slate.Id, TestFiles.LoopRace("2023/08/13", "Cup"));

        using var response = await ScoreLineupsAsync(slate.Id, ["1", "2", "3", "4", "5", "6"], ["8", "5", "2", "3", "7", "4"], ["1", "2", "3", "4", "5"], ["1", "1", "2", "3", "4", "99"]);

        var problem = await response.ProblemAsync();
        Assert.Equal(
            [(2, LineupRule.SalaryCap), (3, LineupRule.RosterSize), (4, LineupRule.DistinctDrivers), (4, LineupRule.DriverInSlate)],
            problem.Violations!.Select(v => (v.Lineup, v.Rule)));
        Assert.Contains("Lineup 2: The salary 54,800 is over the 50,000 cap.", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lineups_body_without_lineups_is_refused()
    {
        var slate = await ImportSlateAsync();
        await AttachAsync(slate.Id, TestFiles.LoopRace("2023/08/13", "Cup"));

        using var empty = await ScoreLineupsAsync(slate.Id);
        using var blank = await ScoreLineupsAsync(slate.Id, ["1", " ", "3", "4", "5", "6"]);
        using var notJson = await api.Client.PostAsync(
            $"/api/slates/{slate.Id}/results/lineups", new StringContent("[[1,2", Encoding.UTF8, "application/json"), Cancellation);

        Assert.Single((await empty.ProblemAsync()).Errors!["lineups"]);
        Assert.Single((await blank.ProblemAsync()).Errors!["lineups"]);
        Assert.Contains("as JSON", (await notJson.ProblemAsync()).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lineups_and_results_of_a_slate_without_results_are_not_found()
    {
        var slate = await ImportSlateAsync();

        using var lineups = await ScoreLineupsAsync(slate.Id, ["1", "2", "3", "4", "5", "6"]);
        using var results = await api.Client.GetAsync($"/api/slates/{slate.Id}/results", Cancellation);
        using var unknown = await api.Client.GetAsync("/api/slates/nosuchslate/results", Cancellation);

        Assert.StartsWith($"Slate '{slate.Id}' has no results yet", (await lineups.ProblemAsync(HttpStatusCode.NotFound)).Detail, StringComparison.Ordinal);
        await results.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("There is no slate 'nosuchslate'.", (await unknown.ProblemAsync(HttpStatusCode.NotFound)).Detail);
    }

    [Fact]
    public async Task Results_of_another_race_are_refused()
    {
        var slate = await ImportSlateAsync();

        using var response = await api.Client.PostAsync(
            $"/api/slates/{slate.Id}/results", new UploadForm().Csv("results", "trucks.csv", TestFiles.LoopRace("2023/09/09", "Trucks")), Cancellation);

        var problem = Assert.Single((await response.ProblemAsync()).Problems!);
        Assert.StartsWith("none of its", problem.Message, StringComparison.Ordinal);
        Assert.Equal("trucks.csv", problem.File);
        Assert.False((await api.Client.SlatesAsync()).Single(s => s.Id == slate.Id).HasResults);
    }

    [Fact]
    public async Task Attaching_again_replaces_the_results_and_deleting_the_slate_deletes_them()
    {
        var slate = await ImportSlateAsync();
        await AttachAsync(slate.Id, TestFiles.LoopRace("2023/08/13", "Cup"));

        var replaced = await AttachAsync(slate.Id, "driver,start,finish,laps_led,fastest_laps,laps_completed\nMichael McDowell,1,1,82,40,82\n");

        // 45 + 0 + 82 x 0.25 + 40 x 0.45 = 83.5.
        Assert.Equal([("Michael McDowell", 83.5)], replaced.Drivers.Where(d => d.Result is not null).Select(d => (d.Name, d.Points)));
        using var deleted = await api.Client.DeleteAsync($"/api/slates/{slate.Id}", Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await api.QueryAsync(db => db.SlateResults.CountAsync(Cancellation)));
    }

    private async Task<SlateDetails> ImportSlateAsync()
    {
        var form = new UploadForm()
            .Csv("salaries", "DKSalaries.csv", Salaries)
            .Field("track", "Indianapolis Road Course")
            .Field("series", "cup")
            .Field("date", "2023-08-13");
        var slate = await api.Client.ImportAsync(form);
        Assert.Equal(new Race("Verizon 200 at the Brickyard", Series.Cup, "Indianapolis Motor Speedway Road Course", TrackType.RoadCourse, 82, new DateOnly(2023, 8, 13)), slate.Race);
        return slate;
    }

    private async Task<SlateResults> AttachAsync(string slateId, string csv)
    {
        using var response = await api.Client.PostAsync($"/api/slates/{slateId}/results", new UploadForm().Csv("results", "results.csv", csv), Cancellation);
        return await response.ReadAsync<SlateResults>();
    }

    private Task<HttpResponseMessage> ScoreLineupsAsync(string slateId, params string[][] lineups) =>
        api.Client.PostAsJsonAsync($"/api/slates/{slateId}/results/lineups", new { lineups }, Cancellation);

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
