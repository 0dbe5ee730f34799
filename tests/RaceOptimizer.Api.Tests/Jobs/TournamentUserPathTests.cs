using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>
/// A tournament built the way a player builds one, through the API: the loop data loaded, the real Brickyard 400
/// DraftKings export undated, a grid that lacks two drivers, ownership for a handful of drivers only, a simulation,
/// then an ROI portfolio for a double-up from its kept races, filled into an entries file.
/// </summary>
public sealed class TournamentUserPathTests(RedisServer redis) : ApiTest(redis)
{
    private const int Lineups = 20;
    private const int Entries = 1_000;
    private static readonly string[] Missing = ["Denny Hamlin", "Casey Mears"];

    // The player's guesses for five drivers; the rest of the slate is estimated.
    private static readonly Dictionary<string, double> GivenOwnership = new()
    {
        ["Kyle Larson"] = 31.5,
        ["William Byron"] = 22,
        ["Chase Elliott"] = 18,
        ["Ryan Blaney"] = 14.5,
        ["Michael McDowell"] = 6,
    };

    [Fact]
    public async Task An_roi_portfolio_on_an_undated_slate_with_a_partial_grid_and_partial_ownership_is_valued_honestly()
    {
        using (var history = new UploadForm().File("file", SharedData.File("loop-data-2019-2023.csv")))
        {
            (await Client.PostAsync("/api/history", history, Cancellation)).EnsureSuccessStatusCode();
        }

        var names = TestFiles.Rows(SharedData.File(TestFiles.DraftKingsBrickyard)).Select(r => r[2]).ToList();
        var grid = new StringBuilder("driver,start\n");
        foreach (var (name, start) in names.Except(Missing).Select((n, i) => (n, i + 1)))
        {
            grid.Append(CultureInfo.InvariantCulture, $"{name},{start}\n");
        }

        var ownership = new StringBuilder("driver,ownership\n");
        foreach (var (name, share) in GivenOwnership)
        {
            ownership.Append(CultureInfo.InvariantCulture, $"{name},{share}\n");
        }

        var slate = await Client.ImportAsync(new UploadForm()
            .File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard))
            .Csv("grid", "grid.csv", grid.ToString())
            .Csv("ownership", "ownership.csv", ownership.ToString()));
        var simulation = await RunAsync(new { type = "simulate", name = "Brickyard", slateId = slate.Id, simulate = new { simulations = 2_000, seed = 5 } });
        var optimize = await RunAsync(new
        {
            type = "optimize",
            name = "Brickyard double-up",
            slateId = slate.Id,
            optimize = new
            {
                objective = "roi",
                lineups = Lineups,
                minUniqueDrivers = 2,
                simulationJobId = simulation.Id,
                seed = 3,
                candidatePool = 1_000,
                contest = new { preset = "double-up", entries = Entries, entryFee = 20, fieldSize = 500 },
            },
        });

        var result = optimize.Result!.Value;
        var idOf = slate.Drivers.ToDictionary(d => d.Name, d => d.SiteId);
        var lineups = result.GetProperty("lineups").EnumerateArray().Select(l => l.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()!).ToList()).ToList();
        Assert.Equal(Lineups, lineups.Count);
        Assert.All(lineups, l => Assert.DoesNotContain(l, id => Missing.Select(m => idOf[m]).Contains(id)));

        // The contest as entered: the field stands for every entry but the player's own.
        var field = result.GetProperty("field");
        Assert.Equal(Entries - Lineups, field.GetProperty("opponents").GetInt32());

        // The field matches the ownership: the player's where given, estimated (never 0) for every other starter.
        var owned = field.GetProperty("ownership").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        foreach (var (name, entry) in owned)
        {
            var (target, achieved, estimated) = (entry.GetProperty("target").GetDouble(), entry.GetProperty("achieved").GetDouble(), entry.GetProperty("estimated").GetBoolean());
            Assert.True(Math.Abs(target - achieved) <= 1, $"{name}: target {target:F2}%, field {achieved:F2}%");
            if (GivenOwnership.ContainsKey(name))
            {
                Assert.False(estimated, name);
            }
            else if (!Missing.Contains(name))
            {
                Assert.True(estimated && target > 0, $"{name}: target {target:F2}%, estimated {estimated}");
            }
        }

        Assert.Equal(GivenOwnership.Keys.Order(), owned.Where(o => !o.Value.GetProperty("estimated").GetBoolean() && !Missing.Contains(o.Key)).Select(o => o.Key).Order());
        Assert.All(Missing, name => Assert.Equal(0, owned[name].GetProperty("achieved").GetDouble()));
        Assert.Equal(600, owned.Values.Sum(o => o.GetProperty("achieved").GetDouble()), 6);

        // Honest figures: valued again on fresh races against a fresh field, no better than the races that chose it. A flat
        // payout, as the issue checks it: in a top-heavy contest the fresh field's draw moves ROI by more than its error.
        var contest = result.GetProperty("contest");
        var (outside, inside) = (contest.GetProperty("outOfSample"), contest.GetProperty("inSample"));
        Assert.Equal(outside.GetProperty("roi").GetDouble(), contest.GetProperty("roi").GetDouble());
        Assert.InRange(outside.GetProperty("roiStdError").GetDouble(), 1e-6, 10);
        Assert.True(
            outside.GetProperty("roi").GetDouble() <= inside.GetProperty("roi").GetDouble() + outside.GetProperty("roiStdError").GetDouble(),
            $"out of sample {outside}, in sample {inside}");

        // The entries file of two contests comes back filled with these lineups' player ids.
        var entries = new StringBuilder("Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D\n");
        for (var i = 0; i < 4; i++)
        {
            entries.Append(CultureInfo.InvariantCulture, $"{4_000_000_000L + i},NASCAR $20 Double Up,{(i < 2 ? 111 : 222)},$20,,,,,,\n");
        }

        using var filled = await Client.PostAsync($"/api/jobs/{optimize.Id}/entries", new UploadForm().Csv("entries", "DKEntries.csv", entries.ToString()), Cancellation);
        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
        var rows = (await filled.Content.ReadAsStringAsync(Cancellation)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.TrimEnd('\r').Split(',')).ToList();
        Assert.Equal(4, rows.Count);
        var chosen = lineups.Select(l => string.Join(",", l.Order())).ToHashSet();
        Assert.All(rows, r => Assert.Contains(string.Join(",", r.Skip(4).Take(6).Order()), chosen));
    }

    private async Task<JobView> RunAsync(object request)
    {
        var job = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(request)).Id, TimeSpan.FromMinutes(4));
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status}: {job.Error}");
        return job;
    }
}
