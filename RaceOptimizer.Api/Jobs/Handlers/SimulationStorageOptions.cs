namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>Settings of the kept points matrices (section `Simulations`).</summary>
public sealed class SimulationStorageOptions
{
    public const string Section = "Simulations";

    /// <summary>2 GiB: a laptop's spare room, and about thirty of the largest matrices a job may keep (200,000 races of 40 drivers, 64 MB).</summary>
    public const long DefaultQuotaBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The most bytes the kept matrices of all simulate jobs may take together; the oldest go first beyond it.</summary>
    public long QuotaBytes { get; set; } = DefaultQuotaBytes;
}
