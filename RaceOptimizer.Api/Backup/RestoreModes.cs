namespace RaceOptimizer.Api.Backup;

/// <summary>What a restore does with rows the database already has, matched by id.</summary>
public static class RestoreModes
{
    /// <summary>Deletes every slate, result, history row, preset and job first: afterwards the database holds the backup alone.</summary>
    public const string Replace = "replace";

    /// <summary>Adds the backup's new rows and overwrites the rows it shares with the database.</summary>
    public const string Merge = "merge";

    /// <summary>Adds only the backup's new rows; the database's own win.</summary>
    public const string SkipExisting = "skipExisting";

    public static readonly string[] All = [Replace, Merge, SkipExisting];
}
