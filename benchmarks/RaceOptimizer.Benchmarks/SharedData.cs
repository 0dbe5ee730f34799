namespace RaceOptimizer.Benchmarks;

/// <summary>The real exports and loop data, in ../shared/data beside the repository; never copied into it.</summary>
internal static class SharedData
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RaceOptimizer.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "data");
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository: ../shared/data lies beside it.");
    }
}
