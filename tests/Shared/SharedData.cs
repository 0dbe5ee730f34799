namespace RaceOptimizer.Testing;

/// <summary>
/// The real exports and loop data in ../shared/data (beside the repository). They are third-party data
/// and never copied into the project, so a fresh clone may lack them: tests then skip with the reason,
/// except under CI, where their absence is a failure.
/// </summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    /// <summary>The full path of a file in ../shared/data, or a skipped test when the folder is absent.</summary>
    public static string File(string name)
    {
        var path = Path.Combine(Folder, name);
        if (System.IO.File.Exists(path))
        {
            return path;
        }

        var reason = $"{path} is absent: the shared data folder lies beside the repository and is not part of it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new FileNotFoundException(reason, path);
        }

        Assert.Skip(reason);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "RaceOptimizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"RaceOptimizer.sln was not found above {AppContext.BaseDirectory}.");
    }
}
