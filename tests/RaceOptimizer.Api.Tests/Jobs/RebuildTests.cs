using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>
/// A rebuild keeps the lineups the player locked (`optimize.keepLineups`): on the real Brickyard 400 DraftKings export,
/// they lead the new portfolio as they were, and a kept lineup the slate or the rules cannot take is a 400 naming it.
/// </summary>
public sealed class RebuildTests(RedisServer redis) : ApiTest(redis)
{
    [Fact]
    public async Task A_rebuild_of_five_with_two_locked_lineups_keeps_them_and_builds_three_more()
    {
        var slate = await BrickyardAsync();
        var first = await OptimizeAsync(slate, lineups: 5);
        (await Client.PutAsync($"/api/jobs/{first.Id}/lineups/2/lock", null, Cancellation)).EnsureSuccessStatusCode();
        (await Client.PutAsync($"/api/jobs/{first.Id}/lineups/4/lock", null, Cancellation)).EnsureSuccessStatusCode();
        var built = Lineups(first.Result!.Value);
        string[][] locked = [built[1], built[3]];

        // The same options but one exposure cap, as the rebuild form sends them.
        var rebuilt = await OptimizeAsync(slate, lineups: 5, locked, exposures: new[] { new { driver = built[0][0], max = 0.6 } });

        var lineups = Lineups(rebuilt.Result!.Value);
        Assert.Equal(5, lineups.Count);
        Assert.Equal(locked.Select(l => string.Join(",", l)), lineups.Take(2).Select(l => string.Join(",", l)));
        Assert.Equal(5, lineups.Select(l => string.Join(",", l.Order())).Distinct().Count());
        Assert.True(lineups.Count(l => l.Contains(built[0][0])) <= 3);
        // Still locked in the new job, so rebuilding it again keeps them without locking them anew.
        var portfolio = await (await Client.GetAsync($"/api/jobs/{rebuilt.Id}/portfolio", Cancellation)).ReadAsync<KeptPortfolio>();
        Assert.Equal([1, 2], portfolio.Locked);
    }

    [Fact]
    public async Task Kept_lineups_the_slate_or_the_rules_cannot_take_are_refused_naming_the_field()
    {
        var slate = await BrickyardAsync();
        var built = Lineups((await OptimizeAsync(slate, lineups: 3)).Result!.Value);
        var driver = built.SelectMany(l => l).CountBy(d => d).MaxBy(c => c.Value).Key;
        var withDriver = built.Where(l => l.Contains(driver)).ToArray();
        Assert.True(withDriver.Length >= 2, "a mean build of three shares a driver");

        var unknown = await RefusedAsync(slate, 3, [[.. built[0][..5], "nope"]]);
        var tooShort = await RefusedAsync(slate, 3, [built[0][..5]]);
        var excluded = await RefusedAsync(slate, 3, [withDriver[0]], excludes: [driver]);
        var tooMany = await RefusedAsync(slate, 1, [built[0], built[1]]);
        var capped = await RefusedAsync(slate, 4, withDriver, exposures: new[] { new { driver, max = 0.25 } });

        Assert.Contains("nope is not on slate", Assert.Single(unknown["optimize.keepLineups[0].drivers"]), StringComparison.Ordinal);
        Assert.Contains("holds 6 different drivers", Assert.Single(tooShort["optimize.keepLineups[0]"]), StringComparison.Ordinal);
        Assert.Contains("excluded", Assert.Single(excluded["optimize.keepLineups[0]"]), StringComparison.Ordinal);
        Assert.Contains("the portfolio holds 1", Assert.Single(tooMany["optimize.keepLineups"]), StringComparison.Ordinal);
        Assert.Contains($"is in {withDriver.Length} kept lineups, over his maximum of 1", Assert.Single(capped["optimize.exposures"]), StringComparison.Ordinal);
    }

    private async Task<string> BrickyardAsync() =>
        (await Client.ImportAsync(new UploadForm()
            .File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard))
            .Csv("grid", "grid.csv", TestFiles.BrickyardGrid()))).Id;

    private async Task<JobView> OptimizeAsync(string slate, int lineups, string[][]? keep = null, object? exposures = null)
    {
        var submitted = await Client.SubmitAsync(Request(slate, lineups, keep ?? [], exposures));
        var job = await Client.WaitUntilFinishedAsync(submitted.Id, TimeSpan.FromMinutes(3));
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status}: {job.Error}");
        return job;
    }

    private async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(string slate, int lineups, string[][] keep, string[]? excludes = null, object? exposures = null)
    {
        using var response = await Client.PostAsJsonAsync("/api/jobs", Request(slate, lineups, keep, exposures, excludes), Cancellation);
        return (await response.ProblemAsync()).Errors!;
    }

    private static object Request(string slate, int lineups, string[][] keep, object? exposures, string[]? excludes = null) => new
    {
        type = "optimize",
        name = "Brickyard cash",
        slateId = slate,
        optimize = new
        {
            objective = "mean",
            lineups,
            simulations = 0,
            minUniqueDrivers = 2,
            excludes = excludes ?? [],
            exposures = exposures ?? Array.Empty<object>(),
            keepLineups = keep.Select(drivers => new { drivers }),
        },
    };

    /// <summary>Each lineup's player ids, in the result's order.</summary>
    private static List<string[]> Lineups(JsonElement result) =>
        [.. result.GetProperty("lineups").EnumerateArray().Select(l => l.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()!).ToArray())];
}
