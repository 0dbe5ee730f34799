using System.Net;
using System.Text;
using System.Text.Json;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>
/// Every option of every job type at its limits and one step past them: what is accepted and which fields a refusal
/// names. Recorded from the API before its options became typed records, so the typed path answers as the hand-read
/// JSON did.
/// </summary>
public sealed class JobOptionLimitTests(RedisServer redis) : ApiTest(redis)
{
    private const string Accepted = "accepted";

    /// <summary>Job type, its options (JSON), then `accepted` or the error keys of the refusal, in order.</summary>
    private static readonly (string Type, string Options, string Outcome)[] Cases =
    [
        ("simulate", """null""", Accepted),
        ("simulate", """{}""", Accepted),
        ("simulate", """[]""", "simulate"),
        ("simulate", """{"simulations":1}""", Accepted),
        ("simulate", """{"simulations":1000000}""", Accepted),
        ("simulate", """{"simulations":0}""", "simulate.simulations"),
        ("simulate", """{"simulations":1000001}""", "simulate.simulations"),
        ("simulate", """{"simulations":1.5}""", "simulate.simulations"),
        ("simulate", """{"simulations":"100"}""", "simulate.simulations"),
        ("simulate", """{"simulations":null}""", Accepted),
        ("simulate", """{"laps":1}""", Accepted),
        ("simulate", """{"laps":2000}""", Accepted),
        ("simulate", """{"laps":0}""", "simulate.laps"),
        ("simulate", """{"laps":2001}""", "simulate.laps"),
        ("simulate", """{"seed":0}""", Accepted),
        ("simulate", """{"seed":18446744073709551615}""", Accepted),
        ("simulate", """{"seed":-1}""", "simulate.seed"),
        ("simulate", """{"seed":18446744073709551616}""", "simulate.seed"),
        ("simulate", """{"historyWeight":0}""", Accepted),
        ("simulate", """{"historyWeight":1}""", Accepted),
        ("simulate", """{"historyWeight":-0.01}""", "simulate.historyWeight"),
        ("simulate", """{"historyWeight":1.01}""", "simulate.historyWeight"),
        ("simulate", """{"simulations":0,"laps":0,"seed":-1,"historyWeight":2}""", "simulate.historyWeight,simulate.laps,simulate.seed,simulate.simulations"),
        ("simulate", """{"unknown":1}""", Accepted),

        ("backtest", """null""", "backtest"),
        ("backtest", """{}""", "backtest.from,backtest.series,backtest.to"),
        ("backtest", """{"series":"Cup","from":"2022-01-01","to":"2022-01-01"}""", Accepted),
        ("backtest", """{"series":"trucks","from":"2022-01-01","to":"2023-12-31"}""", Accepted),
        ("backtest", """{"series":"Xfinity","from":"2022-01-01","to":"2023-12-31"}""", Accepted),
        ("backtest", """{"series":"F1","from":"2022-01-01","to":"2023-12-31"}""", "backtest.series"),
        ("backtest", """{"series":1,"from":"2022-01-01","to":"2023-12-31"}""", "backtest.series"),
        ("backtest", """{"series":"Cup","from":"2022-01-02","to":"2022-01-01"}""", "backtest.to"),
        ("backtest", """{"series":"Cup","from":"2022-1-1","to":"2022-01-01"}""", "backtest.from"),
        ("backtest", """{"series":"Cup","from":"2022-01-01","to":"2022-12-31","simulations":1}""", Accepted),
        ("backtest", """{"series":"Cup","from":"2022-01-01","to":"2022-12-31","simulations":100000}""", Accepted),
        ("backtest", """{"series":"Cup","from":"2022-01-01","to":"2022-12-31","simulations":0}""", "backtest.simulations"),
        ("backtest", """{"series":"Cup","from":"2022-01-01","to":"2022-12-31","simulations":100001}""", "backtest.simulations"),
        ("backtest", """{"series":"Cup","from":"2022-01-01","to":"2022-12-31","seed":0}""", Accepted),
        ("backtest", """{"series":"Cup","from":"2022-01-01","to":"2022-12-31","seed":-1}""", "backtest.seed"),

        ("optimize", """null""", "optimize"),
        ("optimize", """{}""", Accepted),
        ("optimize", """{"lineups":1}""", Accepted),
        ("optimize", """{"lineups":500}""", Accepted),
        ("optimize", """{"lineups":0}""", "optimize.lineups"),
        ("optimize", """{"lineups":501}""", "optimize.lineups"),
        ("optimize", """{"objective":"TAIL"}""", Accepted),
        ("optimize", """{"objective":"median"}""", "optimize.objective"),
        ("optimize", """{"site":"DraftKings"}""", Accepted),
        ("optimize", """{"site":"fd"}""", "optimize.site"),
        ("optimize", """{"site":"yahoo"}""", "optimize.site"),
        ("optimize", """{"simulations":0}""", Accepted),
        ("optimize", """{"simulations":200000}""", Accepted),
        ("optimize", """{"simulations":-1}""", "optimize.simulations"),
        ("optimize", """{"simulations":200001}""", "optimize.simulations"),
        ("optimize", """{"objective":"tail","simulations":0}""", "optimize.simulations"),
        ("optimize", """{"objective":"percentile","simulations":100,"percentile":1}""", Accepted),
        ("optimize", """{"objective":"percentile","simulations":100,"percentile":99}""", Accepted),
        ("optimize", """{"objective":"percentile","simulations":100,"percentile":0.5}""", "optimize.percentile"),
        ("optimize", """{"objective":"percentile","simulations":100,"percentile":99.5}""", "optimize.percentile"),
        ("optimize", """{"objective":"cvar","simulations":100,"alpha":0.001}""", Accepted),
        ("optimize", """{"objective":"cvar","simulations":100,"alpha":1}""", Accepted),
        ("optimize", """{"objective":"cvar","simulations":100,"alpha":0.0009}""", "optimize.alpha"),
        ("optimize", """{"objective":"cvar","simulations":100,"alpha":1.001}""", "optimize.alpha"),
        ("optimize", """{"objective":"tail","simulations":100,"target":0}""", Accepted),
        ("optimize", """{"objective":"tail","simulations":100,"target":10000}""", Accepted),
        ("optimize", """{"objective":"tail","simulations":100,"target":-0.01}""", "optimize.target"),
        ("optimize", """{"objective":"tail","simulations":100,"target":10000.01}""", "optimize.target"),
        ("optimize", """{"laps":1,"seed":0,"historyWeight":0}""", Accepted),
        ("optimize", """{"laps":2000,"historyWeight":1}""", Accepted),
        ("optimize", """{"laps":0,"seed":-1,"historyWeight":1.01}""", "optimize.historyWeight,optimize.laps,optimize.seed"),
        ("optimize", """{"minUniqueDrivers":1}""", Accepted),
        ("optimize", """{"minUniqueDrivers":6,"lineups":2}""", Accepted),
        ("optimize", """{"minUniqueDrivers":0}""", "optimize.minUniqueDrivers"),
        ("optimize", """{"minUniqueDrivers":7}""", "optimize.minUniqueDrivers"),
        ("optimize", """{"salaryMin":0,"salaryMax":100000}""", Accepted),
        ("optimize", """{"salaryMin":-1}""", "optimize.salaryMin"),
        ("optimize", """{"salaryMax":100001}""", "optimize.salaryMax"),
        ("optimize", """{"salaryMin":100000}""", "optimize.salaryMin"),
        ("optimize", """{"salaryMax":0}""", Accepted),
        ("optimize", """{"maxOwnership":600}""", Accepted),
        ("optimize", """{"maxOwnership":-0.1}""", "optimize.maxOwnership"),
        ("optimize", """{"maxOwnership":600.1}""", "optimize.maxOwnership"),
        ("optimize", """{"maxPairLineups":1}""", Accepted),
        ("optimize", """{"maxPairLineups":500}""", Accepted),
        ("optimize", """{"maxPairLineups":0}""", "optimize.maxPairLineups"),
        ("optimize", """{"maxPairLineups":501}""", "optimize.maxPairLineups"),
        ("optimize", """{"minOwnership":0}""", Accepted),
        ("optimize", """{"minOwnership":-0.1}""", "optimize.minOwnership"),
        ("optimize", """{"minOwnership":600.1}""", "optimize.minOwnership"),
        ("optimize", """{"minOwnership":100,"maxOwnership":50}""", "optimize.minOwnership"),
        ("optimize", """{"maxTrioLineups":1}""", Accepted),
        ("optimize", """{"maxTrioLineups":500}""", Accepted),
        ("optimize", """{"maxTrioLineups":0}""", "optimize.maxTrioLineups"),
        ("optimize", """{"maxTrioLineups":501}""", "optimize.maxTrioLineups"),
        ("optimize", """{"groups":[{"drivers":["90000101","90000102"],"atLeast":1,"atMost":2}]}""", Accepted),
        ("optimize", """{"groups":[{"drivers":["90000101","90000102"],"atLeast":0,"atMost":6}]}""", Accepted),
        ("optimize", """{"groups":[{"atLeast":1}]}""", "optimize.groups[0].drivers"),
        ("optimize", """{"groups":[{"drivers":["123"]}]}""", "optimize.groups[0].drivers"),
        ("optimize", """{"groups":[{"drivers":["90000101"],"atLeast":-1,"atMost":7}]}""", "optimize.groups[0].atLeast,optimize.groups[0].atMost"),
        ("optimize", """{"groups":[{"drivers":["90000101","90000102"],"atLeast":2,"atMost":1}]}""", "optimize.groups[0]"),
        ("optimize", """{"groups":[{"drivers":["90000101"],"atLeast":2}]}""", "optimize.groups[0]"),
        ("optimize", """{"objective":"roi","simulations":100,"candidatePool":100}""", Accepted),
        ("optimize", """{"objective":"roi","simulations":100,"candidatePool":100000}""", Accepted),
        ("optimize", """{"objective":"roi","simulations":100,"candidatePool":99}""", "optimize.candidatePool"),
        ("optimize", """{"objective":"roi","simulations":100,"candidatePool":100001}""", "optimize.candidatePool"),
        ("optimize", """{"locks":["90000101"],"excludes":["90000102"]}""", Accepted),
        ("optimize", """{"locks":"90000101"}""", "optimize.locks"),
        ("optimize", """{"locks":[""]}""", "optimize.locks"),
        ("optimize", """{"excludes":["123"]}""", "optimize.excludes"),
        ("optimize", """{"exposures":[{"driver":"90000101","min":0,"max":1}]}""", Accepted),
        ("optimize", """{"exposures":[{"driver":"90000101","min":-0.1,"max":1.1}]}""", "optimize.exposures[0].max,optimize.exposures[0].min"),
        ("optimize", """{"exposures":[{"min":0.1}]}""", "optimize.exposures[0].driver"),
        ("optimize", """{"exposures":[1]}""", "optimize.exposures"),
        ("optimize", """{"exposures":[{"driver":"123"}]}""", "optimize.exposures"),
        ("optimize", """{"exposures":[{"driver":"90000101"},{"driver":"90000101"}]}""", "optimize.exposures"),
        ("optimize", """{"contest":{}}""", Accepted),
        ("optimize", """{"contest":[]}""", "optimize.contest"),
        ("optimize", """{"lineups":1,"contest":{"preset":"double-up","entries":2,"entryFee":0.01,"fieldSize":10}}""", Accepted),
        ("optimize", """{"lineups":2,"contest":{"preset":"double-up","entries":2,"entryFee":0.01,"fieldSize":10}}""", "optimize.lineups"),
        ("optimize", """{"contest":{"preset":"fifty-fifty","entries":1000000,"entryFee":100000,"fieldSize":10000}}""", Accepted),
        ("optimize", """{"contest":{"preset":"winner-takes-all"}}""", "optimize.contest.preset"),
        ("optimize", """{"contest":{"entries":1}}""", "optimize.contest.entries"),
        ("optimize", """{"contest":{"entries":1000001}}""", "optimize.contest.entries"),
        ("optimize", """{"contest":{"entryFee":0.009}}""", "optimize.contest.entryFee"),
        ("optimize", """{"contest":{"entryFee":100000.01}}""", "optimize.contest.entryFee"),
        ("optimize", """{"contest":{"fieldSize":9}}""", "optimize.contest.fieldSize"),
        ("optimize", """{"contest":{"fieldSize":10001}}""", "optimize.contest.fieldSize"),
        ("optimize", """{"lineups":20,"contest":{"entries":100,"entryFee":1,"payouts":[{"from":1,"to":10,"prize":5}]}}""", Accepted),
        ("optimize", """{"contest":{"entries":100,"payouts":[{"from":0,"to":1000001,"prize":-1}]}}""", "optimize.contest.payouts[0].from,optimize.contest.payouts[0].prize,optimize.contest.payouts[0].to"),
        ("optimize", """{"contest":{"entries":100,"payouts":[{}]}}""", "optimize.contest.payouts[0].from,optimize.contest.payouts[0].prize,optimize.contest.payouts[0].to"),
        ("optimize", """{"contest":{"entries":3,"payouts":[{"from":1,"to":5,"prize":10}]}}""", "optimize.contest.payouts"),
        ("optimize", """{"lineups":20,"contest":{"entries":100,"payoutsCsv":"from,to,prize\n1,1,100\n"}}""", Accepted),
        ("optimize", """{"contest":{"entries":100,"payoutsCsv":"from,to,prize\n1,1,100\n2,5,200\n"}}""", "optimize.contest.payoutsCsv"),
    ];

    [Fact]
    public async Task Every_option_at_its_limits_is_accepted_and_one_past_them_refused_naming_the_field()
    {
        // No runner: accepted jobs stay queued, so the table costs no simulations.
        using var client = Api.Start(new Dictionary<string, string> { ["Jobs:Concurrency"] = "0" }).CreateClient();
        var mismatches = new List<string>();

        foreach (var (type, options, outcome) in Cases)
        {
            var actual = await OutcomeAsync(client, type, options);
            if (actual != outcome)
            {
                mismatches.Add($"{type} {options}: expected {outcome}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task The_name_and_type_are_checked_beside_the_options()
    {
        using var client = Api.Start(new Dictionary<string, string> { ["Jobs:Concurrency"] = "0" }).CreateClient();

        Assert.Equal(Accepted, await OutcomeAsync(client, "simulate", "{}", name: new string('x', 200)));
        Assert.Equal("name", await OutcomeAsync(client, "simulate", "{}", name: new string('x', 201)));
        Assert.Equal("type", await OutcomeAsync(client, "qualify", "{}"));
        Assert.Equal("type", await OutcomeAsync(client, "", "{}"));
        Assert.Equal("slateId", await OutcomeAsync(client, "simulate", "{}", slateId: ""));
        Assert.Equal("slateId", await OutcomeAsync(client, "optimize", "{}", slateId: "no-such-slate"));
        Assert.Equal("name,simulate.simulations,slateId", await OutcomeAsync(client, "simulate", """{"simulations":0}""", name: new string('x', 201), slateId: ""));
    }

    private static async Task<string> OutcomeAsync(HttpClient client, string type, string options, string? name = null, string slateId = JobCalls.SampleSlateId)
    {
        var body = $$"""{"type":{{JsonSerializer.Serialize(type)}},"name":{{JsonSerializer.Serialize(name)}},"slateId":{{JsonSerializer.Serialize(slateId)}},"{{(type.Length == 0 ? "x" : type)}}":{{options}}}""";
        using var response = await client.PostAsync("/api/jobs", new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            return Accepted;
        }

        var problem = await response.ProblemAsync();
        return string.Join(",", problem.Errors!.Keys.Order(StringComparer.Ordinal));
    }
}
