using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.Tests.Jobs;

namespace RaceOptimizer.Api.Tests.Backup;

/// <summary>The lineups a player removed and locked are his work: a backup keeps them, and a restore checks them as new input.</summary>
public sealed class KeptLineupsBackupTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi source = new(redis);
    private readonly TestApi target = new(redis);

    [Fact]
    public async Task Removed_and_locked_lineups_survive_a_backup_and_a_replace_restore()
    {
        var job = await source.Client.OptimizeByProjectionAsync(lineups: 3);
        (await source.Client.DeleteAsync($"/api/jobs/{job.Id}/lineups/3", Cancellation)).EnsureSuccessStatusCode();
        (await source.Client.PutAsync($"/api/jobs/{job.Id}/lineups/1/lock", null, Cancellation)).EnsureSuccessStatusCode();

        var backup = await source.Client.BackupAsync();
        await target.Client.RestoreAsync(backup, RestoreModes.Replace);

        var restored = await PortfolioAsync(target.Client, job.Id);
        Assert.Equal([3], restored.Removed);
        Assert.Equal([1], restored.Locked);
        Assert.Equal(await RawPortfolioAsync(source.Client, job.Id), await RawPortfolioAsync(target.Client, job.Id));
    }

    [Fact]
    public async Task A_backup_from_before_lineup_edits_restores_with_none()
    {
        var job = await source.Client.OptimizeByProjectionAsync(lineups: 2);
        var backup = await source.Client.BackupAsync();
        var older = backup["jobs"]![0]!.AsObject();
        older.Remove("removedLineups");
        older.Remove("lockedLineups");

        await target.Client.RestoreAsync(backup, RestoreModes.Replace);

        var restored = await PortfolioAsync(target.Client, job.Id);
        Assert.Equal([], restored.Removed);
        Assert.Equal([], restored.Locked);
    }

    [Theory]
    [InlineData("removedLineups", "[4]", "[]", "removedLineups", "from 1 to 3")]
    [InlineData("lockedLineups", "[0]", "[]", "lockedLineups", "from 1 to 3")]
    [InlineData("lockedLineups", "[2,2]", "[]", "lockedLineups", "twice")]
    [InlineData("lockedLineups", "[2]", "[2]", "lockedLineups", "never removed")]
    public async Task Lineup_numbers_outside_the_job_or_both_removed_and_locked_are_refused(string field, string numbers, string removed, string refused, string says)
    {
        var job = await source.Client.OptimizeByProjectionAsync(lineups: 3);
        var backup = await source.Client.BackupAsync();
        var row = backup["jobs"]![0]!.AsObject();
        row["removedLineups"] = JsonNode.Parse(removed);
        row[field] = JsonNode.Parse(numbers);

        using var response = await target.Client.PostAsync(
            $"/api/backup?mode={RestoreModes.Replace}", new StringContent(backup.ToJsonString(), Encoding.UTF8, "application/json"), Cancellation);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors![$"jobs[0].{refused}"], message => message.Contains(says, StringComparison.Ordinal));
        using var missing = await target.Client.GetAsync($"/api/jobs/{job.Id}", Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<KeptPortfolio> PortfolioAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/jobs/{id}/portfolio", Cancellation);
        return await response.ReadAsync<KeptPortfolio>();
    }

    private static async Task<string> RawPortfolioAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/jobs/{id}/portfolio", Cancellation);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }
}
