using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace RaceOptimizer.Api.Data;

/// <summary>Where the database lives and how it is brought up to date at start-up.</summary>
public static class DatabaseSetup
{
    public const string FileName = "raceoptimizer.db";

    public static string ConnectionString(string dataFolder) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataFolder, FileName),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Default,
        // Two API replicas share the file: wait on a lock instead of failing at once.
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// Applies pending migrations and switches the file to WAL, which lets readers (history pages) run
    /// while a job writes its result. WAL is a property of the file, so setting it once persists it.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RaceOptimizerDb>();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
