using RaceOptimizer.Contracts.Backup;

namespace RaceOptimizer.Ui.Api;

/// <summary>`/api/backup`: the whole database as a document, and restoring one.</summary>
public sealed class BackupClient(HttpClient http) : ApiClient(http)
{
    /// <summary>The backup as the API streams it; the caller passes it on and disposes it.</summary>
    public Task<ApiFileStream> OpenBackupAsync(CancellationToken cancellationToken = default) =>
        OpenDownloadAsync("api/backup", "download the backup", "raceoptimizer-backup.json", cancellationToken);

    /// <summary>Restores a backup document; `replace` drops what is not in it (the API copies the database aside first).</summary>
    public Task<RestoreReport> RestoreBackupAsync(Stream document, string mode, CancellationToken cancellationToken = default) =>
        SendAsync<RestoreReport>(
            SingleAttemptRequest(HttpMethod.Post, $"api/backup?mode={Escape(mode)}", RawJson(document)),
            "restore the backup",
            cancellationToken);
}
