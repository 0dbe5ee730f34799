using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Every simulation's points for every driver under one site's scoring, in hundredths, row by row (simulation-major):
/// what tournament objectives score lineups against, one simulated race at a time.
/// </summary>
public sealed class PointsMatrix
{
    private readonly int[] hundredths;

    internal PointsMatrix(Site site, int simulations, int drivers)
    {
        (Site, Simulations, Drivers) = (site, simulations, drivers);
        hundredths = new int[checked(simulations * drivers)];
    }

    public Site Site { get; }

    public int Simulations { get; }

    /// <summary>Columns, in the setup's driver order.</summary>
    public int Drivers { get; }

    public double this[int simulation, int driver] => hundredths[(simulation * Drivers) + driver] / (double)ScoringTable.Scale;

    /// <summary>One simulation's points per driver, in hundredths.</summary>
    public ReadOnlySpan<int> Row(int simulation) => hundredths.AsSpan(simulation * Drivers, Drivers);

    internal void Write(int simulation, int[] points) => points.AsSpan(0, Drivers).CopyTo(hundredths.AsSpan(simulation * Drivers, Drivers));
}
