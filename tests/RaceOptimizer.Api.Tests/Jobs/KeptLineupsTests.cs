using System.Net;
using System.Text.Json;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>
/// `DELETE /api/jobs/{id}/lineups/{number}`, `PUT`/`DELETE /api/jobs/{id}/lineups/{number}/lock` and
/// `GET /api/jobs/{id}/portfolio`: the lineups a player keeps and locks, in SQLite.
/// </summary>
public sealed class KeptLineupsTests(RedisServer redis) : ApiTest(redis)
{
    [Fact]
    public async Task A_removed_lineup_stays_out_of_the_portfolio_the_upload_file_and_the_entries_fill()
    {
        var job = await Client.OptimizeByProjectionAsync(lineups: 4);
        var built = Lineups(job.Result!.Value);
        Assert.Equal([], (await PortfolioAsync(job.Id)).Removed);

        using var removed = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/2", Cancellation);

        var reply = await removed.ReadAsync<KeptPortfolio>();
        var kept = await PortfolioAsync(job.Id); // read again: the removal is in SQLite, not in the reply alone
        Assert.Equal(4, kept.Built);
        Assert.Equal([2], kept.Removed);
        Assert.Equal(JsonSerializer.Serialize(reply), JsonSerializer.Serialize(kept));
        var salaries = job.Result!.Value.GetProperty("lineups").EnumerateArray().Select(l => l.GetProperty("salary").GetInt32()).ToList();
        Assert.Equal(Math.Round(new[] { salaries[0], salaries[2], salaries[3] }.Average()), kept.AverageSalary);
        Assert.Equal(18, kept.Exposures.Sum(e => e.Lineups));
        Assert.All(kept.Exposures, e => Assert.Equal(Math.Round(e.Lineups / 3.0, 4), e.Exposure));
        // The sample slate projects ownership: each kept lineup's sum of it, and leverage as exposure less ownership.
        var ownership = job.Result!.Value.GetProperty("lineups").EnumerateArray().Select(l => l.GetProperty("ownership").GetDouble()).ToList();
        Assert.Equal(Math.Round((ownership[0] + ownership[2] + ownership[3]) / 3, 2), kept.AverageOwnership!.Value, 2);
        Assert.All(kept.Exposures, e => Assert.Equal(Math.Round((e.Exposure * 100) - e.Ownership!.Value, 2), e.Leverage!.Value, 2));
        Assert.Null(kept.Duplicates); // no simulations, no field

        using var upload = await Client.GetAsync($"/api/jobs/{job.Id}/export?format=dk", Cancellation);
        var rows = (await upload.Content.ReadAsStringAsync(Cancellation)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).Skip(1);
        Assert.Equal([built[0], built[2], built[3]], rows);

        const string Header = "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D";
        var entries = string.Concat(Enumerable.Range(0, 6).Select(e => $"{4512345000 + e},Kansas,170000001,$5,,,,,,\n"));
        using var filled = await Client.PostAsync($"/api/jobs/{job.Id}/entries", new UploadForm().Csv("entries", "DKEntries.csv", $"{Header}\n{entries}"), Cancellation);
        var filledRows = (await filled.Content.ReadAsStringAsync(Cancellation)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(r => string.Join(",", r.TrimEnd('\r').Split(',')[4..10])).ToHashSet();
        Assert.Equal(new HashSet<string> { built[0], built[2], built[3] }, filledRows);
    }

    [Fact]
    public async Task Removing_is_refused_outside_the_lineups_and_for_the_last_one_and_repeating_it_changes_nothing()
    {
        var job = await Client.OptimizeByProjectionAsync(lineups: 2);
        var simulation = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(100))).Id);

        using var zero = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/0", Cancellation);
        using var beyond = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/3", Cancellation);
        using var unknown = await Client.DeleteAsync("/api/jobs/nope/lineups/1", Cancellation);
        using var notOptimize = await Client.DeleteAsync($"/api/jobs/{simulation.Id}/lineups/1", Cancellation);
        using var first = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/1", Cancellation);
        using var again = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/1", Cancellation);
        using var last = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/2", Cancellation);

        Assert.Contains("from 1 to 2", (await zero.ProblemAsync()).Errors!["number"][0], StringComparison.Ordinal);
        Assert.Contains("number", (await beyond.ProblemAsync()).Errors!.Keys);
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("only optimize jobs", (await notOptimize.ProblemAsync()).Detail, StringComparison.Ordinal);
        Assert.Equal([1], (await first.ReadAsync<KeptPortfolio>()).Removed);
        Assert.Equal([1], (await again.ReadAsync<KeptPortfolio>()).Removed);
        Assert.Contains("last one kept", (await last.ProblemAsync(HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
        Assert.Equal([1], (await PortfolioAsync(job.Id)).Removed);
    }

    [Fact]
    public async Task A_locked_lineup_stays_in_the_portfolio_until_unlocked()
    {
        var job = await Client.OptimizeByProjectionAsync(lineups: 3);

        using var locked = await Client.PutAsync($"/api/jobs/{job.Id}/lineups/2/lock", null, Cancellation);
        using var lockedAgain = await Client.PutAsync($"/api/jobs/{job.Id}/lineups/2/lock", null, Cancellation);
        using var removeLocked = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/2", Cancellation);
        using var removeOther = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/3", Cancellation);
        using var lockRemoved = await Client.PutAsync($"/api/jobs/{job.Id}/lineups/3/lock", null, Cancellation);
        using var lockBeyond = await Client.PutAsync($"/api/jobs/{job.Id}/lineups/4/lock", null, Cancellation);

        Assert.Equal([2], (await locked.ReadAsync<KeptPortfolio>()).Locked);
        Assert.Equal([2], (await lockedAgain.ReadAsync<KeptPortfolio>()).Locked);
        Assert.Contains("unlock it to remove it", (await removeLocked.ProblemAsync(HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
        Assert.Equal([3], (await removeOther.ReadAsync<KeptPortfolio>()).Removed);
        Assert.Equal([2], (await PortfolioAsync(job.Id)).Locked); // read again: the lock is in SQLite
        Assert.Contains("only a kept lineup can be locked", (await lockRemoved.ProblemAsync(HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
        Assert.Contains("number", (await lockBeyond.ProblemAsync()).Errors!.Keys);

        using var unlocked = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/2/lock", Cancellation);
        using var removed = await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/2", Cancellation);

        Assert.Equal([], (await unlocked.ReadAsync<KeptPortfolio>()).Locked);
        Assert.Equal([2, 3], (await removed.ReadAsync<KeptPortfolio>()).Removed);
    }

    [Fact]
    public async Task The_upload_file_of_one_driver_s_lineups_holds_the_kept_ones_he_is_in()
    {
        var job = await Client.OptimizeByProjectionAsync(lineups: 4);
        var built = Lineups(job.Result!.Value);
        (await Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/1", Cancellation)).EnsureSuccessStatusCode();
        var kept = built.Skip(1).ToList();
        var driver = kept.SelectMany(l => l.Split(',')).CountBy(d => d).MinBy(d => d.Value).Key; // in some kept lineups, not all

        using var shown = await Client.GetAsync($"/api/jobs/{job.Id}/export?format=dk&driver={driver}", Cancellation);
        using var nobody = await Client.GetAsync($"/api/jobs/{job.Id}/export?format=dk&driver=nobody", Cancellation);

        var rows = (await shown.Content.ReadAsStringAsync(Cancellation)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).Skip(1);
        Assert.Equal(kept.Where(l => l.Split(',').Contains(driver)), rows);
        Assert.Contains("No lineup job", (await nobody.ProblemAsync()).Detail, StringComparison.Ordinal);
    }

    private async Task<KeptPortfolio> PortfolioAsync(string id)
    {
        using var response = await Client.GetAsync($"/api/jobs/{id}/portfolio", Cancellation);
        return await response.ReadAsync<KeptPortfolio>();
    }

    /// <summary>Each lineup's site ids as the upload file writes them.</summary>
    private static List<string> Lineups(JsonElement result) =>
        [.. result.GetProperty("lineups").EnumerateArray().Select(l => string.Join(",", l.GetProperty("drivers").EnumerateArray().Select(d => d.GetString())))];
}
