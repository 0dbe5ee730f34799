using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.ServiceDefaults.Tests;

// Touches XDG_DATA_HOME, a process-wide variable: these tests must not run beside each other.
[Collection(nameof(EnvironmentVariables))]
public sealed class DataFolderTests
{
    [Fact]
    public void An_override_wins_and_is_made_absolute()
    {
        Assert.Equal(Path.GetFullPath("some/folder"), DataFolder.Resolve("some/folder"));
    }

    [Fact]
    public void Without_an_override_XDG_DATA_HOME_is_used()
    {
        using var xdg = new EnvironmentVariables("XDG_DATA_HOME", "/tmp/xdg-data");

        Assert.Equal("/tmp/xdg-data/RaceOptimizer", DataFolder.Resolve(null));
    }

    [Fact]
    public void Without_XDG_DATA_HOME_the_folder_is_under_the_home_local_share()
    {
        using var xdg = new EnvironmentVariables("XDG_DATA_HOME", null);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        Assert.Equal(Path.Combine(home, ".local", "share", "RaceOptimizer"), DataFolder.Resolve(" "));
    }

    [Fact]
    public void Ensure_creates_the_folder_on_first_run()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"raceoptimizer-{Guid.NewGuid():N}", "data");
        try
        {
            Assert.Equal(folder, DataFolder.Ensure(folder));
            Assert.True(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}

/// <summary>Sets an environment variable for one test and puts the old value back.</summary>
public sealed class EnvironmentVariables : IDisposable
{
    private readonly string name;
    private readonly string? previous;

    public EnvironmentVariables(string name, string? value)
    {
        this.name = name;
        previous = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(name, previous);
}
