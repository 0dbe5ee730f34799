using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Api.Presets;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Tests.Presets;

/// <summary>Saved optimizer settings: created, read, replaced, deleted, and found by the series and track they fit.</summary>
public sealed class PresetTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    private HttpClient Client => api.Client;

    [Fact]
    public async Task A_preset_is_created_read_replaced_and_deleted()
    {
        var created = await Client.CreatePresetAsync(PresetCalls.Preset(
            "Kansas cash", "cup", " Kansas ", "dk", new { lineups = 20, maxExposure = 0.5, locks = new[] { "Denny Hamlin" } }));

        Assert.Equal(("Kansas cash", Series.Cup, "Kansas Speedway", Site.DraftKings), (created.Name, created.Series, created.Track, created.Site));
        Assert.Equal("""{"lineups":20,"maxExposure":0.5,"locks":["Denny Hamlin"]}""", created.Settings.GetRawText());
        Assert.Equal(created.CreatedAt, created.UpdatedAt);
        var read = await Client.GetFromJsonAsync<PresetView>($"/api/presets/{created.Id}", Cancellation);
        Assert.Equal(created with { Settings = default }, read! with { Settings = default });
        Assert.Equal(created.Settings.GetRawText(), read.Settings.GetRawText());

        using var put = await Client.PutAsJsonAsync($"/api/presets/{created.Id}", PresetCalls.Preset("Any cash", site: "FanDuel", settings: new { lineups = 1 }), Cancellation);
        var replaced = await put.ReadAsync<PresetView>();

        Assert.Equal((created.Id, "Any cash", null, null, Site.FanDuel), (replaced.Id, replaced.Name, replaced.Series, replaced.Track, replaced.Site));
        Assert.Equal("""{"lineups":1}""", replaced.Settings.GetRawText());
        Assert.Equal(created.CreatedAt, replaced.CreatedAt);
        Assert.True(replaced.UpdatedAt >= created.UpdatedAt);
        Assert.Equal([replaced.Id], (await Client.PresetsAsync()).Select(p => p.Id));

        using var deleted = await Client.DeleteAsync($"/api/presets/{created.Id}", Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await Client.PresetsAsync());
        using var gone = await Client.GetAsync($"/api/presets/{created.Id}", Cancellation);
        Assert.Equal($"There is no preset '{created.Id}'.", (await gone.ProblemAsync(HttpStatusCode.NotFound)).Detail);
        using var deletedAgain = await Client.DeleteAsync($"/api/presets/{created.Id}", Cancellation);
        await deletedAgain.ProblemAsync(HttpStatusCode.NotFound);
        using var putGone = await Client.PutAsJsonAsync($"/api/presets/{created.Id}", PresetCalls.Preset("x"), Cancellation);
        await putGone.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_preset_outlives_the_process()
    {
        var created = await Client.CreatePresetAsync(PresetCalls.Preset("Bristol gpp", "Trucks", "Bristol", settings: new { field = 5000 }));

        using var restarted = api.Start().CreateClient();

        var read = Assert.Single(await restarted.PresetsAsync());
        Assert.Equal((created.Id, created.Track, """{"field":5000}"""), (read.Id, read.Track, read.Settings.GetRawText()));
    }

    [Fact]
    public async Task The_list_holds_the_presets_that_fit_a_series_and_track_with_the_general_ones()
    {
        await Client.CreatePresetAsync(PresetCalls.Preset("1 general"));
        await Client.CreatePresetAsync(PresetCalls.Preset("2 cup anywhere", series: "Cup"));
        await Client.CreatePresetAsync(PresetCalls.Preset("3 cup kansas", series: "Cup", track: "Kansas Speedway"));
        await Client.CreatePresetAsync(PresetCalls.Preset("4 trucks bristol", series: "Trucks", track: "Bristol"));
        await Client.CreatePresetAsync(PresetCalls.Preset("5 kansas any series", track: "kansas"));

        Assert.Equal(["1 general", "2 cup anywhere", "3 cup kansas", "4 trucks bristol", "5 kansas any series"], (await Client.PresetsAsync()).Names());
        Assert.Equal(["1 general", "2 cup anywhere", "3 cup kansas", "5 kansas any series"], (await Client.PresetsAsync("?series=Cup")).Names());
        Assert.Equal(["1 general", "2 cup anywhere", "3 cup kansas", "5 kansas any series"], (await Client.PresetsAsync("?series=cup&track=Kansas")).Names());
        Assert.Equal(["1 general", "4 trucks bristol"], (await Client.PresetsAsync("?series=Trucks&track=Bristol%20Motor%20Speedway")).Names());
        Assert.Equal(["1 general", "2 cup anywhere", "4 trucks bristol"], (await Client.PresetsAsync("?track=Bristol")).Names());
        Assert.Equal(["1 general", "5 kansas any series"], (await Client.PresetsAsync("?series=xfinity")).Names());
    }

    [Fact]
    public async Task Every_bad_field_is_named()
    {
        using var bad = await Client.PostAsJsonAsync(
            "/api/presets", new { name = " ", series = "F1", track = "Monaco", site = "nhl", settings = new[] { 1, 2 } }, Cancellation);
        using var noSettings = await Client.PostAsJsonAsync("/api/presets", new { name = "cash" }, Cancellation);
        using var longName = await Client.PostAsJsonAsync("/api/presets", PresetCalls.Preset(new string('x', 201)), Cancellation);
        using var badFilters = await Client.GetAsync("/api/presets?series=F1&track=Monaco", Cancellation);
        var created = await Client.CreatePresetAsync(PresetCalls.Preset("cash"));
        using var badPut = await Client.PutAsJsonAsync($"/api/presets/{created.Id}", new { name = "cash", settings = "lineups=20" }, Cancellation);

        Assert.Equal(["name", "series", "settings", "site", "track"], (await bad.ProblemAsync()).Errors!.Keys.Order());
        Assert.Equal(["settings"], (await noSettings.ProblemAsync()).Errors!.Keys);
        Assert.Equal(["name"], (await longName.ProblemAsync()).Errors!.Keys);
        Assert.Equal(["series", "track"], (await badFilters.ProblemAsync()).Errors!.Keys.Order());
        Assert.Equal(["settings"], (await badPut.ProblemAsync()).Errors!.Keys);
        Assert.Equal("cash", Assert.Single(await Client.PresetsAsync()).Name);
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
