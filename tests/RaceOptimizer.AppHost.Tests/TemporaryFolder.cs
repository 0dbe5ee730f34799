namespace RaceOptimizer.AppHost.Tests;

/// <summary>A data folder of the test's own, so tests never touch the user's real RaceOptimizer data.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("raceoptimizer-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process of the app may still hold a file for a moment; the OS temp cleaner will take it.
        }
    }
}
