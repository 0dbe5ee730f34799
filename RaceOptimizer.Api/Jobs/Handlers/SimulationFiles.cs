using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// The points matrices of simulate jobs, one file per job and site in `<data>/simulations/`: the optimizer's tournament
/// objectives score lineups against them. Too large for a SQLite row and never queried, they are plain files, kept
/// under a quota by <see cref="SimulationQuota"/>.
/// </summary>
public sealed class SimulationFiles(ApiEnvironment environment)
{
    /// <summary>Above this many simulations the matrices (8 bytes per driver and simulation) are not kept.</summary>
    public const int MaxKeptSimulations = JobLimits.MaxKeptSimulations;

    public const string FolderName = "simulations";

    private const string Extension = ".points";
    private const string PartialExtension = ".partial";

    public string Folder => Path.Combine(environment.DataFolder, FolderName);

    public async Task SaveAsync(string jobId, PointsMatrix matrix, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = PathOf(jobId, matrix.Site);
        var partial = path + PartialExtension;
        await using (var file = File.Create(partial))
        {
            matrix.WriteTo(file);
            await file.FlushAsync(cancellationToken);
        }

        // A reader never sees a half-written matrix: the file appears whole, under its name, or not at all.
        File.Move(partial, path, overwrite: true);
    }

    public PointsMatrix? Load(string jobId, Site site)
    {
        try
        {
            using var file = File.OpenRead(PathOf(jobId, site));
            return PointsMatrix.ReadFrom(file);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // never kept, deleted or evicted; once open, an eviction no longer matters (an unlinked file lives on while open)
        }
    }

    public void Delete(string jobId)
    {
        if (!Directory.Exists(Folder))
        {
            return; // no simulation was ever kept (File.Delete throws for a missing folder, not for a missing file)
        }

        foreach (var site in Enum.GetValues<Site>())
        {
            File.Delete(PathOf(jobId, site));
        }
    }

    /// <summary>Deletes the matrices of every job not in <paramref name="jobIds"/> (the jobs there are now).</summary>
    public void DeleteAllBut(IReadOnlySet<string> jobIds)
    {
        foreach (var jobId in Kept().Select(matrix => matrix.JobId).Where(id => !jobIds.Contains(id)).Distinct())
        {
            Delete(jobId);
        }
    }

    /// <summary>The matrices on disk now, each with its job, size and when it was written.</summary>
    public IReadOnlyList<KeptMatrix> Kept()
    {
        var folder = new DirectoryInfo(Folder);
        if (!folder.Exists)
        {
            return [];
        }

        var kept = new List<KeptMatrix>();
        foreach (var file in folder.EnumerateFiles("*" + Extension))
        {
            // `{jobId}.{site}.points`: the job id is what precedes the site.
            var jobId = Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(file.Name));
            try
            {
                kept.Add(new KeptMatrix(jobId, file.Length, file.LastWriteTimeUtc));
            }
            catch (FileNotFoundException)
            {
                // Deleted since the listing (another replica evicted it, or its job was deleted): no longer kept.
            }
        }

        return kept;
    }

    /// <summary>
    /// Half-written matrices older than <paramref name="before"/>: a process that died mid-write left them, since a
    /// living one renames its file within seconds.
    /// </summary>
    public void DeleteAbandonedPartials(DateTime before)
    {
        var folder = new DirectoryInfo(Folder);
        if (!folder.Exists)
        {
            return;
        }

        foreach (var file in folder.EnumerateFiles("*" + PartialExtension).Where(f => f.LastWriteTimeUtc < before))
        {
            file.Delete();
        }
    }

    private string PathOf(string jobId, Site site) => Path.Combine(Folder, $"{jobId}.{site}{Extension}");
}

/// <summary>One kept points matrix file (a job keeps one per site).</summary>
public sealed record KeptMatrix(string JobId, long Bytes, DateTime WrittenAt);
