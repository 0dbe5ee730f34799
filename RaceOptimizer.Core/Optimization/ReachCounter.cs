namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// In how many simulations each lineup of a batch reaches a target per simulation, where the lineups share every driver
/// but the last: the target less the shared partial points is one floor per simulation, and each last driver counts the
/// simulations he scores above it (<see cref="SimulationMath.CountAbove{T}"/>), several drivers per pass. The drivers'
/// rows are kept in 16 bits when every driver's points fit (real scoring: a driver scores well under 327.67 points),
/// which halves the bytes and doubles the simulations per vector; otherwise in 32. Both count exactly.
/// </summary>
internal sealed class ReachCounter
{
    private readonly short[][]? narrowRows;
    private readonly int[][] wideRows;
    private readonly int[] wideFloors;
    private readonly short[] narrowFloors;

    private ReachCounter(short[][]? narrowRows, int[][] wideRows, int simulations)
    {
        (this.narrowRows, this.wideRows) = (narrowRows, wideRows);
        wideFloors = new int[simulations];
        narrowFloors = narrowRows is null ? [] : new short[simulations];
    }

    /// <summary>The row index that stands for no last driver (a lineup whose slots are all locked): zero points.</summary>
    public int Nobody => wideRows.Length - 1;

    public static ReachCounter For(SimulatedPoints points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int[][] rows = [.. Enumerable.Range(0, points.Drivers).Select(d => points.Of(d).ToArray()), new int[points.Simulations]];
        // short.MinValue is left out: a floor saturated down to it must still be below every row.
        var fits = rows.All(row => row.All(p => p > short.MinValue && p <= short.MaxValue));
        return new(fits ? [.. rows.Select(row => row.Select(p => (short)p).ToArray())] : null, rows, points.Simulations);
    }

    /// <summary>A counter over the same rows with scratch of its own, for another thread.</summary>
    public ReachCounter ForThread() => new(narrowRows, wideRows, wideFloors.Length);

    /// <summary>
    /// For each of <paramref name="drivers"/>, in how many simulations <paramref name="partial"/> plus his points reaches
    /// <paramref name="targets"/> (<c>partial + points &gt;= target</c> in whole numbers).
    /// </summary>
    public void Count(ReadOnlySpan<int> partial, ReadOnlySpan<int> targets, ReadOnlySpan<int> drivers, Span<int> counts)
    {
        SimulationMath.FloorsToReach(partial, targets, wideFloors);
        if (narrowRows is null)
        {
            SimulationMath.CountAbove(wideFloors, wideRows, drivers, counts);
            return;
        }

        SimulationMath.Narrow(wideFloors, narrowFloors);
        SimulationMath.CountAbove(narrowFloors, narrowRows, drivers, counts);
    }
}
