using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// A points matrix turned driver by driver (one contiguous row of every simulation's points per driver, in hundredths),
/// so a lineup's points in every simulation are a handful of vector adds of whole rows.
/// </summary>
public sealed class SimulatedPoints
{
    private readonly int[][] rows;

    public SimulatedPoints(int[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfZero(rows.Length);
        Simulations = rows[0].Length;
        ArgumentOutOfRangeException.ThrowIfZero(Simulations);
        if (rows.Any(r => r.Length != Simulations))
        {
            throw new ArgumentException("Every driver needs the same number of simulations.", nameof(rows));
        }

        this.rows = rows;
        Totals = [.. rows.Select(r => r.Sum(p => (long)p))];
    }

    public int Simulations { get; }

    public int Drivers => rows.Length;

    /// <summary>Each driver's points summed over the simulations: the mean's numerator, exactly.</summary>
    public IReadOnlyList<long> Totals { get; }

    public static SimulatedPoints From(PointsMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var rows = new int[matrix.Drivers][];
        for (var driver = 0; driver < rows.Length; driver++)
        {
            rows[driver] = new int[matrix.Simulations];
        }

        for (var simulation = 0; simulation < matrix.Simulations; simulation++)
        {
            var row = matrix.Row(simulation);
            for (var driver = 0; driver < rows.Length; driver++)
            {
                rows[driver][simulation] = row[driver];
            }
        }

        return new SimulatedPoints(rows);
    }

    public ReadOnlySpan<int> Of(int driver) => rows[driver];

    /// <summary>The lineup's points in every simulation, in hundredths.</summary>
    public void LineupPoints(ulong lineup, Span<int> into)
    {
        into[..Simulations].Clear();
        foreach (var driver in LineupSpace.Drivers(lineup))
        {
            SimulationMath.Add(into, rows[driver], into);
        }
    }

    public long LineupTotal(ulong lineup) => LineupSpace.Drivers(lineup).Sum(d => Totals[d]);
}
