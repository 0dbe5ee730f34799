using Microsoft.Data.Sqlite;

namespace RaceOptimizer.Api.Tests;

/// <summary>A data folder of the test's own, so tests never touch the user's real RaceOptimizer data.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("raceoptimizer-api-test-").FullName;

    public void Dispose()
    {
        // Pooled connections keep the database file open after the host is gone.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Another test's host may still hold a pooled connection for a moment; the OS temp cleaner will take it.
        }
    }
}
