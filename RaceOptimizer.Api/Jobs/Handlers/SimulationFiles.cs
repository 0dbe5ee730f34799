using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// The points matrices of simulate jobs, one file per job and site in `<data>/simulations/`: the optimizer's tournament
/// objectives score lineups against them. Too large for a SQLite row and never queried, they are plain files.
/// </summary>
public sealed class SimulationFiles(ApiEnvironment environment)
{
    /// <summary>Above this many simulations the matrices (8 bytes per driver and simulation) are not kept.</summary>
    public const int MaxKeptSimulations = JobLimits.MaxKeptSimulations;

    private string Folder => Path.Combine(environment.DataFolder, "simulations");

    public async Task SaveAsync(string jobId, PointsMatrix matrix, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = PathOf(jobId, matrix.Site);
        var partial = path + ".partial";
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
        var path = PathOf(jobId, site);
        if (!File.Exists(path))
        {
            return null;
        }

        using var file = File.OpenRead(path);
        return PointsMatrix.ReadFrom(file);
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

    private string PathOf(string jobId, Site site) => Path.Combine(Folder, $"{jobId}.{site}.points");
}
