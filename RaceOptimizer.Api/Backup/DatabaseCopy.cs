using System.Globalization;
using Microsoft.Data.Sqlite;
using RaceOptimizer.Api.Data;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// The database as it was before a restore, kept in `backups/` of the data folder so a restore can be undone by hand.
/// SQLite's online backup API copies the pages through the connection, so it sees what is still in the WAL; a plain
/// copy of the file would miss that and could catch a page mid-write.
/// </summary>
internal static class DatabaseCopy
{
    public const string FolderName = "backups";

    /// <summary>
    /// Copies the database of <paramref name="dataFolder"/> and answers the copy's path. It reads through a connection of
    /// its own: SQLite cannot back up through a connection that holds a write transaction, such as the restore's. In WAL a
    /// reader sees the last commit, and the restore's write lock keeps that the very state the restore then changes.
    /// </summary>
    public static string Save(string dataFolder, DateTimeOffset now)
    {
        var folder = Directory.CreateDirectory(Path.Combine(dataFolder, FolderName)).FullName;
        var path = Path.Combine(folder, $"raceoptimizer-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}.db");
        using var source = new SqliteConnection(DatabaseSetup.ConnectionString(dataFolder));
        // Unpooled, so the copy's file is closed (and can be moved or opened elsewhere) as soon as it is written.
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
        return path;
    }
}
