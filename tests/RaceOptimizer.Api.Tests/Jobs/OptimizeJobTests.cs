using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>`optimize` jobs end to end on the sample slate: portfolios, statistics, exports and refusals.</summary>
public sealed class OptimizeJobTests(RedisServer redis) : ApiTest(redis)
{
    [Fact]
    public async Task A_cash_portfolio_by_projection_exports_to_the_DraftKings_upload_file()
    {
        var job = await RunAsync(new { objective = "mean", lineups = 20, minUniqueDrivers = 2, simulations = 0 });
        var result = job.Result!.Value;
        var lineups = Lineups(result);

        Assert.Equal(20, lineups.Count);
        Assert.Equal((ExecutionMode.Local, ExecutionChoice.LocalDevice), (job.ExecutionMode, job.DeviceName)); // nothing routed: a run starts local and stays so
        Assert.All(result.GetProperty("lineups").EnumerateArray(), l => Assert.InRange(l.GetProperty("salary").GetInt32(), 1, 50_000));
        Assert.All(Pairs(lineups), p => Assert.True(p.First.Intersect(p.Second).Count() <= 4));
        Assert.True(result.GetProperty("computeMs").GetDouble() >= 0);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("lineups")[0].GetProperty("stdDev").ValueKind);
        Assert.Equal(lineups.SelectMany(l => l).Distinct().Count(), result.GetProperty("exposures").GetArrayLength());

        using var upload = await Client.GetAsync($"/api/jobs/{job.Id}/export?format=dk", Cancellation);
        var rows = (await upload.Content.ReadAsStringAsync(Cancellation)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).ToList();
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("text/csv", upload.Content.Headers.ContentType?.MediaType);
        Assert.Equal("D,D,D,D,D,D", rows[0]);
        Assert.Equal(lineups.Select(l => string.Join(",", l)), rows.Skip(1));

        using var wrongSite = await Client.GetAsync($"/api/jobs/{job.Id}/export?format=fd", Cancellation);
        Assert.Contains("DraftKings", (await wrongSite.ProblemAsync()).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_150_lineup_tournament_portfolio_with_exposures_and_a_contest_completes()
    {
        var slate = await Client.JsonAsync($"/api/slates/{JobCalls.SampleSlateId}");
        var ids = slate.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("siteId").GetString()!).ToList();
        var job = await RunAsync(new
        {
            objective = "roi",
            lineups = 150,
            simulations = 400,
            seed = 7,
            minUniqueDrivers = 2,
            exposures = new object[] { new { driver = ids[0], max = 0.4 }, new { driver = ids[10], min = 0.2 } },
            contest = new { preset = "top-heavy", entries = 5_000, entryFee = 20, fieldSize = 500 },
            candidatePool = 3_000,
        });
        var result = job.Result!.Value;
        var lineups = Lineups(result);

        Assert.Equal(150, lineups.Count);
        Assert.InRange(lineups.Count(l => l.Contains(ids[0])), 0, 60);
        Assert.InRange(lineups.Count(l => l.Contains(ids[10])), 30, 150);
        Assert.All(result.GetProperty("lineups").EnumerateArray(), l =>
        {
            Assert.Equal(JsonValueKind.Number, l.GetProperty("roi").ValueKind);
            Assert.Equal(JsonValueKind.Number, l.GetProperty("pTop1").ValueKind);
            Assert.True(l.GetProperty("p10").GetDouble() <= l.GetProperty("p90").GetDouble());
            Assert.Equal(400, l.GetProperty("histogram").GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32()));
        });
        Assert.Equal(5_000, result.GetProperty("contest").GetProperty("entries").GetInt32());
        Assert.Equal(JsonValueKind.Number, result.GetProperty("contest").GetProperty("roi").ValueKind);
    }

    [Fact]
    public async Task A_roi_portfolio_is_valued_on_fresh_races_and_a_fresh_field_against_the_whole_contest()
    {
        var job = await RunAsync(new
        {
            objective = "roi",
            lineups = 20,
            simulations = 1_000,
            seed = 11,
            contest = new { preset = "double-up", entries = 100, entryFee = 10, fieldSize = 200 },
            candidatePool = 1_000,
        });
        var result = job.Result!.Value;
        var contest = result.GetProperty("contest");
        var (outside, inside) = (contest.GetProperty("outOfSample"), contest.GetProperty("inSample"));
        double Figure(JsonElement figures, string name) => figures.GetProperty(name).GetDouble();

        Assert.Equal(Figure(outside, "roi"), Figure(contest, "roi"));
        Assert.Equal(Figure(outside, "cashRate"), Figure(contest, "cashRate"));
        Assert.InRange(Figure(outside, "roiStdError"), 1e-6, 1);
        // Honesty: the races and field that chose the portfolio flatter it, so fresh ones value it no higher (one standard error).
        Assert.True(Figure(outside, "roi") <= Figure(inside, "roi") + Figure(outside, "roiStdError"), $"out of sample {outside}, in sample {inside}");
        Assert.InRange(Figure(outside, "bestLineupMean"), 1, Figure(outside, "bestLineupP99"));
        var field = result.GetProperty("field");
        Assert.Equal(80, field.GetProperty("opponents").GetInt32()); // field and the 20 entries are the 100-entry contest
        Assert.Equal(36, field.GetProperty("ownership").GetArrayLength());
        Assert.Equal(600, field.GetProperty("ownership").EnumerateArray().Sum(o => o.GetProperty("achieved").GetDouble()), 6);
        // The search for candidates, reported: it starts at the pool asked for and grows at most fourfold.
        var search = result.GetProperty("candidatePool");
        Assert.Equal(1_000, search.GetProperty("initial").GetInt32());
        Assert.InRange(search.GetProperty("valued").GetInt32(), 1, 4_000);
        Assert.InRange(search.GetProperty("doublings").GetInt32(), 0, 2);
        Assert.True(search.GetProperty("ms").GetDouble() >= 0);
    }

    [Fact]
    public async Task A_tail_portfolio_reuses_the_points_a_simulate_job_kept()
    {
        var simulation = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(300))).Id);

        var job = await RunAsync(new { objective = "tail", lineups = 5, simulationJobId = simulation.Id, target = 250 });

        var first = job.Result!.Value.GetProperty("lineups")[0];
        Assert.Equal(0, job.Result.Value.GetProperty("simulations").GetInt32() - 300);
        Assert.InRange(first.GetProperty("objective").GetDouble(), 0, 1);
        Assert.Equal(250, job.Result.Value.GetProperty("target").GetDouble());
    }

    [Theory]
    [InlineData("""{"objective":"median"}""", "optimize.objective")]
    [InlineData("""{"objective":"tail","simulations":0}""", "optimize.simulations")]
    [InlineData("""{"locks":["123"]}""", "optimize.locks")]
    [InlineData("""{"lineups":10,"exposures":[{"driver":"90000101","min":0.9},{"driver":"90000102","min":0.9},{"driver":"90000103","min":0.9},{"driver":"90000104","min":0.9},{"driver":"90000105","min":0.9},{"driver":"90000106","min":0.9},{"driver":"90000107","min":0.9}]}""", "optimize.exposures")]
    [InlineData("""{"salaryMin":49000,"salaryMax":48000}""", "optimize.salaryMin")]
    [InlineData("""{"lineups":501}""", "optimize.lineups")]
    [InlineData("""{"site":"fd"}""", "optimize.site")]
    [InlineData("""{"lineups":20,"objective":"roi","simulations":100,"contest":{"preset":"double-up","entries":20,"entryFee":10}}""", "optimize.lineups")]
    [InlineData("""{"contest":{"entries":100,"payoutsCsv":"from,to,prize\n1,1,100\n2,5,200\n"}}""", "optimize.contest.payoutsCsv")]
    [InlineData("""{"contest":{"entries":3,"payouts":[{"from":1,"to":5,"prize":10}]}}""", "optimize.contest.payouts")]
    public async Task Bad_or_infeasible_options_are_refused_naming_the_field(string options, string field)
    {
        var body = $$"""{"type":"optimize","slateId":"{{JobCalls.SampleSlateId}}","optimize":{{options}}}""";

        using var response = await Client.PostAsync("/api/jobs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        var problem = await response.ProblemAsync();
        Assert.Contains(field, problem.Errors!.Keys);
    }

    private async Task<JobView> RunAsync(object optimize)
    {
        var submitted = await Client.SubmitAsync(new { type = "optimize", name = "opt", slateId = JobCalls.SampleSlateId, optimize });
        var job = await Client.WaitUntilFinishedAsync(submitted.Id, TimeSpan.FromMinutes(3));
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status}: {job.Error}");
        return job;
    }

    private static List<string[]> Lineups(JsonElement result) =>
        [.. result.GetProperty("lineups").EnumerateArray().Select(l => l.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()!).ToArray())];

    private static IEnumerable<(string[] First, string[] Second)> Pairs(List<string[]> lineups) =>
        lineups.SelectMany((a, i) => lineups.Skip(i + 1).Select(b => (a, b)));
}
