using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using RaceOptimizer.Api.Presets;

namespace RaceOptimizer.Api.Tests.Presets;

/// <summary>Presets exported from one install and imported into another, with duplicate names skipped or renamed.</summary>
public sealed class PresetTransferTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi source = new(redis);
    private readonly TestApi target = new(redis);

    [Fact]
    public async Task Exported_presets_import_into_another_install_as_they_were()
    {
        var kansas = await source.Client.CreatePresetAsync(PresetCalls.Preset("Kansas cash", "Cup", "Kansas", "dk", new { lineups = 20, stacks = new { min = 2 } }));
        var general = await source.Client.CreatePresetAsync(PresetCalls.Preset("General gpp", settings: new { lineups = 150 }));

        var export = await ExportAsync(source.Client);
        var report = await ImportAsync(target.Client, export);

        Assert.Equal(1, export["formatVersion"]!.GetValue<int>());
        Assert.Equal((2, 0, 0), (report.Imported, report.Skipped, report.Renamed));
        var imported = await target.Client.PresetsAsync();
        Assert.Equal([general, kansas], imported, Same);
        Assert.DoesNotContain(imported, p => p.Id == kansas.Id || p.Id == general.Id);
    }

    [Fact]
    public async Task Presets_whose_name_is_taken_are_skipped_or_renamed()
    {
        await source.Client.CreatePresetAsync(PresetCalls.Preset("Kansas cash"));
        await source.Client.CreatePresetAsync(PresetCalls.Preset("Bristol gpp"));
        await target.Client.CreatePresetAsync(PresetCalls.Preset("kansas CASH", settings: new { mine = true }));
        var export = await ExportAsync(source.Client);

        var skipped = await ImportAsync(target.Client, export);
        var renamed = await ImportAsync(target.Client, export, "?duplicates=rename");

        Assert.Equal((1, 1, 0), (skipped.Imported, skipped.Skipped, skipped.Renamed));
        Assert.Equal((2, 0, 2), (renamed.Imported, renamed.Skipped, renamed.Renamed));
        Assert.Equal(["Bristol gpp (2)", "Kansas cash (2)"], renamed.Presets.Names());
        Assert.Equal(["Bristol gpp", "Bristol gpp (2)", "Kansas cash (2)", "kansas CASH"], (await target.Client.PresetsAsync()).Names());
    }

    [Fact]
    public async Task A_document_with_any_bad_preset_imports_none()
    {
        await source.Client.CreatePresetAsync(PresetCalls.Preset("Kansas cash"));
        await source.Client.CreatePresetAsync(PresetCalls.Preset("Bristol gpp"));
        var export = await ExportAsync(source.Client);
        export["presets"]![1]!["track"] = "Monaco";
        export["presets"]![1]!.AsObject().Remove("settings");

        using var bad = await target.Client.PostAsJsonAsync("/api/presets/import", export, Cancellation);
        using var badOption = await target.Client.PostAsJsonAsync("/api/presets/import?duplicates=overwrite", export, Cancellation);
        using var noPresets = await target.Client.PostAsJsonAsync("/api/presets/import", new { formatVersion = 1 }, Cancellation);
        using var notJson = await target.Client.PostAsync("/api/presets/import", new StringContent("{\"presets\":[", System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(["presets[1].settings", "presets[1].track"], (await bad.ProblemAsync()).Errors!.Keys.Order());
        Assert.Equal(["duplicates", "presets[1].settings", "presets[1].track"], (await badOption.ProblemAsync()).Errors!.Keys.Order());
        Assert.Equal(["presets"], (await noPresets.ProblemAsync()).Errors!.Keys);
        await notJson.ProblemAsync();
        Assert.Empty(await target.Client.PresetsAsync());
    }

    private static readonly IEqualityComparer<PresetView> Same = EqualityComparer<PresetView>.Create(
        (a, b) => (a!.Name, a.Series, a.Track, a.Site, a.Settings.GetRawText()) == (b!.Name, b.Series, b.Track, b.Site, b.Settings.GetRawText()));

    private static async Task<JsonObject> ExportAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/presets/export", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("raceoptimizer-presets.json", response.Content.Headers.ContentDisposition?.FileName);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!.AsObject();
    }

    private static async Task<PresetImportResult> ImportAsync(HttpClient client, JsonObject document, string query = "")
    {
        using var response = await client.PostAsJsonAsync($"/api/presets/import{query}", document, Cancellation);
        return await response.ReadAsync<PresetImportResult>();
    }

    public async ValueTask DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }
}
