using System.Globalization;
using RaceOptimizer.Contracts.Status;
using RaceOptimizer.Ui.Api;

namespace RaceOptimizer.Ui.Components.SystemStatus;

/// <summary>How the status page words the API's raw values.</summary>
public static class SystemStatusFormat
{
    /// <summary>WAL lets the job runner write while the endpoints read; any other mode is worth a warning.</summary>
    public static bool IsWal(DatabaseInfo database) =>
        string.Equals(database.JournalMode, "wal", StringComparison.OrdinalIgnoreCase);

    public static string JournalMode(DatabaseInfo database) => database.JournalMode.ToUpperInvariant();

    public static string Migrations(DatabaseInfo database) => database.Migrations.Count switch
    {
        0 => "none applied",
        1 => $"1 applied ({database.Migrations[0]})",
        var count => $"{count} applied, latest {database.Migrations[^1]}",
    };

    public static string Ping(RedisInfo redis) => redis.PingMs is { } ms
        ? string.Create(CultureInfo.InvariantCulture, $"{ms:0.0#} ms")
        : "no answer";

    /// <summary>Device memory; ILGPU's CPU accelerator reports 0 because it shares the host's.</summary>
    public static string Memory(long bytes) => bytes <= 0 ? "shared with the host" : Size(bytes);

    /// <summary>The kept points matrices against their quota: the oldest jobs' go beyond it.</summary>
    public static string Simulations(DataFolderUsage storage) =>
        $"{Size(storage.SimulationsBytes)} of {Size(storage.SimulationQuotaBytes)} quota ({storage.SimulationJobsKept} {(storage.SimulationJobsKept == 1 ? "job" : "jobs")} kept)";

    public static string Size(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var value = (double)bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {units[unit]}");
    }
}
