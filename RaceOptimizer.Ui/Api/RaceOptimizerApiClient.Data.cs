using System.Net.Http.Headers;
using RaceOptimizer.Contracts.Status;

namespace RaceOptimizer.Ui.Api;

/// <summary>History, presets, settings and backups.</summary>
public sealed partial class RaceOptimizerApiClient
{
    public Task<HistorySummary> GetHistoryAsync(CancellationToken cancellationToken = default) =>
        SendAsync<HistorySummary>(new HttpRequestMessage(HttpMethod.Get, "api/history"), "load the race history", cancellationToken);

    /// <summary>Imports loop data; problems of the file come out by line in <see cref="RaceOptimizerApiException.Problems"/>.</summary>
    public Task<HistoryImport> ImportHistoryAsync(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", fileName);
        return SendAsync<HistoryImport>(SingleAttemptRequest(HttpMethod.Post, "api/history", form), "import the loop data", cancellationToken);
    }

    public async Task<IReadOnlyList<DriverRating>> GetRatingsAsync(string series, string trackType, CancellationToken cancellationToken = default) =>
        await SendAsync<List<DriverRating>>(
            new HttpRequestMessage(HttpMethod.Get, $"api/history/ratings?series={Escape(series)}&trackType={Escape(trackType)}"),
            "load the driver ratings",
            cancellationToken);

    public async Task<IReadOnlyList<Preset>> GetPresetsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<Preset>>(new HttpRequestMessage(HttpMethod.Get, "api/presets"), "load the presets", cancellationToken);

    public Task<Preset> SavePresetAsync(PresetRequest preset, CancellationToken cancellationToken = default) =>
        SendAsync<Preset>(SingleAttemptRequest(HttpMethod.Post, "api/presets", JsonContent.Create(preset, options: RequestOptions)), "save the preset", cancellationToken);

    public Task<ApiFile> ExportPresetsAsync(CancellationToken cancellationToken = default) =>
        DownloadAsync("api/presets/export", "export the presets", "raceoptimizer-presets.json", cancellationToken);

    /// <summary>Imports a document of the presets export; presets whose name exists get a new name.</summary>
    public Task<PresetImportResult> ImportPresetsAsync(byte[] document, CancellationToken cancellationToken = default) =>
        SendAsync<PresetImportResult>(
            SingleAttemptRequest(HttpMethod.Post, "api/presets/import?duplicates=rename", RawJson(document)),
            "import the presets",
            cancellationToken);

    public Task<GpuSettings> GetGpuSettingsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<GpuSettings>(new HttpRequestMessage(HttpMethod.Get, "api/settings/gpu"), "load the GPU settings", cancellationToken);

    public Task<GpuSettings> SaveGpuSettingsAsync(GpuSettingsUpdate settings, CancellationToken cancellationToken = default) =>
        SendAsync<GpuSettings>(SingleAttemptRequest(HttpMethod.Put, "api/settings/gpu", Json(settings)), "save the GPU settings", cancellationToken);

    public Task<GpuConnectionTest> TestGpuConnectionAsync(CancellationToken cancellationToken = default) =>
        SendAsync<GpuConnectionTest>(SingleAttemptRequest(HttpMethod.Post, "api/settings/gpu/test"), "test the GPU connection", cancellationToken);

    public Task<JobDefaults> GetJobDefaultsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<JobDefaults>(new HttpRequestMessage(HttpMethod.Get, "api/settings/defaults"), "load the defaults", cancellationToken);

    public Task<JobDefaults> SaveJobDefaultsAsync(JobDefaults defaults, CancellationToken cancellationToken = default) =>
        SendAsync<JobDefaults>(SingleAttemptRequest(HttpMethod.Put, "api/settings/defaults", Json(defaults)), "save the defaults", cancellationToken);

    public Task<ApiFile> DownloadBackupAsync(CancellationToken cancellationToken = default) =>
        DownloadAsync("api/backup", "download the backup", "raceoptimizer-backup.json", cancellationToken);

    /// <summary>Restores a backup document; `replace` drops what is not in it (the API copies the database aside first).</summary>
    public Task<RestoreReport> RestoreBackupAsync(byte[] document, string mode, CancellationToken cancellationToken = default) =>
        SendAsync<RestoreReport>(
            SingleAttemptRequest(HttpMethod.Post, $"api/backup?mode={Escape(mode)}", RawJson(document)),
            "restore the backup",
            cancellationToken);

    private static ByteArrayContent RawJson(byte[] document)
    {
        var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}

/// <summary>What a restore did: the file the database was copied to first.</summary>
public sealed record RestoreReport(string Mode, string BackupFile);
