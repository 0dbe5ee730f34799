using System.Net.Http.Json;
using RaceOptimizer.Contracts.Presets;

namespace RaceOptimizer.Ui.Api;

/// <summary>`/api/presets`: saved optimizer settings, their export and import.</summary>
public sealed class PresetsClient(HttpClient http) : ApiClient(http)
{
    public async Task<IReadOnlyList<PresetView>> GetPresetsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<PresetView>>(new HttpRequestMessage(HttpMethod.Get, "api/presets"), "load the presets", cancellationToken);

    public Task<PresetView> SavePresetAsync(PresetRequest preset, CancellationToken cancellationToken = default) =>
        SendAsync<PresetView>(SingleAttemptRequest(HttpMethod.Post, "api/presets", JsonContent.Create(preset, options: RequestOptions)), "save the preset", cancellationToken);

    public Task<ApiFile> ExportPresetsAsync(CancellationToken cancellationToken = default) =>
        DownloadAsync("api/presets/export", "export the presets", "raceoptimizer-presets.json", cancellationToken);

    /// <summary>Imports a document of the presets export; presets whose name exists get a new name.</summary>
    public Task<PresetImportResult> ImportPresetsAsync(byte[] document, CancellationToken cancellationToken = default) =>
        SendAsync<PresetImportResult>(
            SingleAttemptRequest(HttpMethod.Post, "api/presets/import?duplicates=rename", RawJson(document)),
            "import the presets",
            cancellationToken);
}
