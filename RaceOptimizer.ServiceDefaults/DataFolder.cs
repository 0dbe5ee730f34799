namespace RaceOptimizer.ServiceDefaults;

/// <summary>
/// The one per-user folder that holds RaceOptimizer's SQLite database and Redis data. The AppHost resolves
/// it (and passes it on as <see cref="ConfigurationKey"/>); a service started on its own resolves the same default.
/// </summary>
public static class DataFolder
{
    /// <summary>Configuration key (environment variable `RaceOptimizer__DataFolder`) that overrides the default.</summary>
    public const string ConfigurationKey = "RaceOptimizer:DataFolder";

    /// <summary>Where a `redis-server` started by the AppHost keeps its append-only file.</summary>
    public const string RedisServerFolder = "redis";

    /// <summary>Where the Garnet embedded in the AppHost keeps its append-only file and checkpoints.</summary>
    public const string GarnetFolder = "garnet";

    /// <summary>`$XDG_DATA_HOME/RaceOptimizer`, else `~/.local/share/RaceOptimizer`, unless <paramref name="configured"/> is set.</summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var xdgDataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var dataHome = string.IsNullOrWhiteSpace(xdgDataHome)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdgDataHome;
        return Path.Combine(dataHome, "RaceOptimizer");
    }

    /// <summary>Resolves the folder and creates it when missing.</summary>
    public static string Ensure(string? configured) => Directory.CreateDirectory(Resolve(configured)).FullName;
}
