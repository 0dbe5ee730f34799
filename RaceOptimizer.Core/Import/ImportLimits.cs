namespace RaceOptimizer.Core.Import;

/// <summary>The largest files the importers read; anything larger is refused before it is parsed.</summary>
public static class ImportLimits
{
    /// <summary>Salary, grid, projection, ownership and results files: real ones are a few kilobytes.</summary>
    public const long SlateFileBytes = 5 * 1024 * 1024;

    /// <summary>Loop data spans seasons (2019-2023 is 2.6 MB), so it gets room to grow.</summary>
    public const long LoopDataFileBytes = 64 * 1024 * 1024;

    /// <summary>The longest driver name a salary file may give: the longest real one is under 40 characters.</summary>
    public const int DriverNameLength = 100;

    /// <summary>Problems listed per file; the rest are counted (<see cref="ProblemLog"/>).</summary>
    public const int ListedProblems = 100;
}
