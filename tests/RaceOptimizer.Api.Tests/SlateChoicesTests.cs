using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Contracts.Slates;
using StoredSlate = RaceOptimizer.Contracts.Slates.SlateDetails;

namespace RaceOptimizer.Api.Tests;

/// <summary>`PUT /api/slates/{id}/choices`: locks and excludes kept with the slate, refused when no lineup could meet them.</summary>
public sealed class SlateChoicesTests(RedisServer redis) : ApiTest(redis)
{
    private const string SampleId = "sample-dk-cup-kansas";

    [Fact]
    public async Task Locks_and_excludes_are_kept_with_the_slate_across_a_restart_and_in_backups()
    {
        var drivers = await DriversAsync();

        using var put = await PutAsync(new DriverChoicesInfo([drivers[3], drivers[0]], [drivers[10]]));
        var answered = await put.ReadAsync<StoredSlate>();
        using var restarted = Api.Start().CreateClient();
        var reread = await restarted.GetFromJsonAsync<StoredSlate>($"/api/slates/{SampleId}", Cancellation);
        var backup = await restarted.GetStringAsync("/api/backup", Cancellation);

        var expected = new DriverChoicesInfo([drivers[0], drivers[3]], [drivers[10]]); // in slate order
        foreach (var choices in new[] { answered.Choices, reread!.Choices })
        {
            Assert.Equal(expected.Locked, choices.Locked);
            Assert.Equal(expected.Excluded, choices.Excluded);
        }

        Assert.Contains($"\"choices\":{{\"locked\":[\"{drivers[0]}\",\"{drivers[3]}\"],\"excluded\":[\"{drivers[10]}\"]}}", backup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choices_no_lineup_could_meet_are_refused_by_field_and_change_nothing()
    {
        var drivers = await DriversAsync();
        using var kept = await PutAsync(new DriverChoicesInfo([drivers[0]], []));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);

        using var seven = await PutAsync(new DriverChoicesInfo([.. drivers.Take(7)], []));
        using var both = await PutAsync(new DriverChoicesInfo([drivers[1]], [drivers[1]]));
        using var allButFive = await PutAsync(new DriverChoicesInfo([], [.. drivers.Skip(5)]));
        using var dearest = await PutAsync(new DriverChoicesInfo([.. drivers.Take(6)], [])); // the sample lists the dearest first
        using var unknown = await PutAsync(new DriverChoicesInfo(["no-such-id"], []));
        using var noSlate = await Client.PutAsJsonAsync("/api/slates/nope/choices", DriverChoicesInfo.None, Cancellation);

        Assert.Equal("7 drivers are locked; a lineup holds 6.", Assert.Single((await seven.ProblemAsync()).Errors!["locked"]));
        Assert.Equal("A driver is both locked and excluded.", Assert.Single((await both.ProblemAsync()).Errors!["excluded"]));
        Assert.Equal("Only 5 drivers are left for 6 open slots.", Assert.Single((await allButFive.ProblemAsync()).Errors!["excluded"]));
        Assert.Contains("over the 50,000", Assert.Single((await dearest.ProblemAsync()).Errors!["locked"]), StringComparison.Ordinal);
        Assert.Equal("'no-such-id' is not a driver of this slate", Assert.Single((await unknown.ProblemAsync()).Errors!["locked[0]"]));
        await noSlate.ProblemAsync(HttpStatusCode.NotFound);
        var stored = await Client.GetFromJsonAsync<StoredSlate>($"/api/slates/{SampleId}", Cancellation);
        Assert.Equal([drivers[0]], stored!.Choices.Locked);
    }

    [Fact]
    public async Task A_restored_backup_s_choices_are_checked_like_the_race_page_s()
    {
        var drivers = await DriversAsync();
        using var put = await PutAsync(new DriverChoicesInfo([drivers[0]], []));
        var backup = (await Client.GetStringAsync("/api/backup", Cancellation))
            .Replace($"\"locked\":[\"{drivers[0]}\"]", "\"locked\":[\"no-such-id\"]", StringComparison.Ordinal);

        using var restore = await Client.PostAsync("/api/backup?mode=replace", new StringContent(backup, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        var problem = await restore.ProblemAsync();
        Assert.Equal("'no-such-id' is not a driver of this slate", Assert.Single(problem.Errors!["slates[0].choices.locked[0]"]));
        var stored = await Client.GetFromJsonAsync<StoredSlate>($"/api/slates/{SampleId}", Cancellation);
        Assert.Equal([drivers[0]], stored!.Choices.Locked); // nothing changed
    }

    private Task<HttpResponseMessage> PutAsync(DriverChoicesInfo choices) =>
        Client.PutAsJsonAsync($"/api/slates/{SampleId}/choices", choices, Cancellation);

    private async Task<List<string>> DriversAsync() =>
        [.. (await Client.GetFromJsonAsync<StoredSlate>($"/api/slates/{SampleId}", Cancellation))!.Drivers.Select(d => d.SiteId)];
}
