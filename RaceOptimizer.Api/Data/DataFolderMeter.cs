using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Contracts.Status;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.Data;

/// <summary>Measures the data folder by kind for the system page: what grows, and what the quota holds back.</summary>
public sealed class DataFolderMeter(ApiEnvironment environment, SimulationFiles simulations, SimulationQuota quota)
{
    private enum Kind
    {
        Database,
        Simulations,
        Backups,
        Redis,
        Other,
    }

    public DataFolderUsage Measure()
    {
        var bytes = new long[Enum.GetValues<Kind>().Length];
        var folder = new DirectoryInfo(environment.DataFolder);
        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in folder.EnumerateFiles("*", walk))
        {
            try
            {
                bytes[(int)KindOf(Path.GetRelativePath(folder.FullName, file.FullName))] += file.Length;
            }
            catch (FileNotFoundException)
            {
                // Gone since the listing (an eviction, a checkpoint): it no longer takes room.
            }
        }

        return new DataFolderUsage(
            bytes.Sum(),
            bytes[(int)Kind.Database],
            bytes[(int)Kind.Simulations],
            quota.QuotaBytes,
            simulations.Kept().Select(matrix => matrix.JobId).Distinct().Count(),
            bytes[(int)Kind.Backups],
            bytes[(int)Kind.Redis],
            bytes[(int)Kind.Other]);
    }

    private static Kind KindOf(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar, 2);
        if (parts.Length == 1)
        {
            // The database is one file plus its `-wal` and `-shm` companions.
            return relativePath.StartsWith(DatabaseSetup.FileName, StringComparison.Ordinal) ? Kind.Database : Kind.Other;
        }

        return parts[0] switch
        {
            SimulationFiles.FolderName => Kind.Simulations,
            DatabaseCopy.FolderName => Kind.Backups,
            DataFolder.RedisServerFolder or DataFolder.GarnetFolder => Kind.Redis,
            _ => Kind.Other,
        };
    }
}
