using System.Net;
using RaceOptimizer.Api.RaceResults;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Tests;

/// <summary>POST /api/results/score: a race's result, in loop data or the plain results layout, scored on one site.</summary>
public sealed class ResultScoringTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    [Fact]
    public async Task One_race_of_the_real_loop_data_scores_as_computed_by_hand_on_DraftKings()
    {
        var score = await ScoreAsync("dk", TestFiles.LoopRace("2023/08/13", "Cup"));

        Assert.Equal(39, score.Count);
        Assert.Equal(Enumerable.Range(1, 39), score.Select(d => d.Finish));
        var points = score.ToDictionary(d => d.Driver);
        // McDowell: 4th to 1st, led 54, 2 fastest laps: 45 + 3 + 13.5 + 0.9 = 62.4.
        Assert.Equal(
            new DriverScore("Michael McDowell", 4, 1, 54, 2, 82, "running", 62.4, new ScoreBreakdown(45, 3, 13.5, 0.9, 0, 62.4)),
            points["Michael McDowell"]);
        // Byron: 39th to 14th: 29 + 25 = 54. Busch: 5th to 36th, 3 fastest laps: 5 - 31 + 1.35 = -24.65.
        Assert.Equal(54, points["William Byron"].Points);
        Assert.Equal(-24.65, points["Kyle Busch"].Points);
    }

    [Fact]
    public async Task The_same_race_scores_on_FanDuel_with_laps_completed_and_half_point_places()
    {
        var score = await ScoreAsync("FanDuel", TestFiles.LoopRace("2023/08/13", "Cup"));

        // McDowell on FanDuel: 43 + 3 x 0.5 + 54 x 0.1 + 82 x 0.1 = 58.1.
        Assert.Equal(new ScoreBreakdown(43, 1.5, 5.4, 0, 8.2, 58.1), score.Single(d => d.Driver == "Michael McDowell").Breakdown);
    }

    [Fact]
    public async Task A_plain_results_file_is_told_from_loop_data_by_its_header()
    {
        const string csv = """
            driver,start,finish,laps_led,fastest_laps,laps_completed,status
            Kyle Larson,2,1,100,30,267,
            Denny Hamlin,1,2,20,10,267,running
            Chase Elliott,3,3,0,0,150,accident
            """;

        var score = await ScoreAsync("dk", csv);

        // Larson: 45 + 1 + 100 x 0.25 + 30 x 0.45 = 84.5. Hamlin: 42 - 1 + 5 + 4.5 = 50.5. Elliott: 41.
        Assert.Equal([("Kyle Larson", 84.5, "running"), ("Denny Hamlin", 50.5, "running"), ("Chase Elliott", 41, "accident")], score.Select(d => (d.Driver, d.Points, d.Status)));
    }

    [Theory]
    [InlineData("?site=yahoo", "The site is 'yahoo': use dk (DraftKings) or fd (FanDuel).")]
    [InlineData("", "The site is missing: use dk (DraftKings) or fd (FanDuel).")]
    public async Task A_site_other_than_dk_or_fd_is_refused_by_name(string query, string message)
    {
        using var response = await api.Client.PostAsync($"/api/results/score{query}", Form("results.csv", "driver,start\n"), Cancellation);

        var problem = await response.ProblemAsync();
        Assert.Equal(message, Assert.Single(problem.Errors!["site"]));
    }

    [Theory]
    [InlineData("results-repeated-finish.csv", 5, 3, "finish 3 repeats line 4: a results file holds one race")]
    [InlineData("results-negative-laps.csv", 3, 6, "'laps_completed' is negative (-267)")]
    [InlineData("loop-two-races.csv", 4, 3, "the file holds 2 races")]
    [InlineData("loop-bad-date.csv", 2, 3, "'race_date' is '07/05/2023', not a date like 2023/08/13")]
    [InlineData("dk-salary-not-a-number.csv", 1, null, "this is a DraftKings salary export, not a results file")]
    public async Task A_bad_results_file_is_refused_where_it_is_wrong(string file, int line, int? column, string message)
    {
        using var response = await api.Client.PostAsync("/api/results/score?site=dk", new UploadForm().File("results", TestFiles.Malformed(file)), Cancellation);

        var problem = await response.ProblemAsync();
        Assert.Contains(problem.Problems!, p => (p.File, p.Line, p.Column) == (file, line, column) && p.Message.Contains(message, StringComparison.Ordinal));
    }

    private async Task<List<DriverScore>> ScoreAsync(string site, string csv)
    {
        using var response = await api.Client.PostAsync($"/api/results/score?site={site}", Form("results.csv", csv), Cancellation);
        return await response.ReadAsync<List<DriverScore>>(HttpStatusCode.OK);
    }

    private static UploadForm Form(string fileName, string csv) => new UploadForm().Csv("results", fileName, csv);

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
