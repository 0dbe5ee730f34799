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
    /// <summary>Points a driver may score in one simulation, in hundredths, for the floors' arithmetic to stay exact in 32 bits.</summary>
    public const int MostPoints = 1 << 23;

    private const int FarthestTarget = 1 << 30;

    private readonly short[][]? narrowRows;
    private readonly int[][] wideRows;
    private readonly int[] wideFloors;
    private readonly short[] narrowFloors;

    private ReachCounter(short[][]? narrowRows, int[][] wideRows, int simulations)
    {
        (this.narrowRows, this.wideRows) = (narrowRows, wideRows);
        wideFloors = narrowRows is null ? new int[simulations] : [];
        narrowFloors = narrowRows is null ? [] : new short[simulations];
    }

    /// <summary>The row index that stands for no driver (a slot that is locked, not chosen): zero points.</summary>
    public int Nobody => wideRows.Length - 1;

    public static ReachCounter For(SimulatedPoints points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int[][] rows = [.. Enumerable.Range(0, points.Drivers).Select(d => points.Of(d).ToArray()), new int[points.Simulations]];
        if (rows.Any(row => row.Any(p => Math.Abs((long)p) > MostPoints)))
        {
            throw new ArgumentOutOfRangeException(nameof(points), $"A driver scores more than {MostPoints:N0} hundredths in a simulation.");
        }

        // short.MinValue is left out: a floor clamped up to it must still be below every row.
        var fits = rows.All(row => row.All(p => p > short.MinValue && p <= short.MaxValue));
        return new(fits ? [.. rows.Select(row => row.Select(p => (short)p).ToArray())] : null, rows, points.Simulations);
    }

    /// <summary>
    /// Targets the floors take exactly: any beyond ±2^30 stands for one that far, which no lineup's points (at most 64
    /// drivers of <see cref="MostPoints"/>) can tell apart from it.
    /// </summary>
    public static int[] Bounded(ReadOnlySpan<int> targets)
    {
        var bounded = targets.ToArray();
        for (var s = 0; s < bounded.Length; s++)
        {
            bounded[s] = Math.Clamp(bounded[s], -FarthestTarget, FarthestTarget);
        }

        return bounded;
    }

    /// <summary>A counter over the same rows with scratch of its own, for another thread.</summary>
    public ReachCounter ForThread() => new(narrowRows, wideRows, Math.Max(wideFloors.Length, narrowFloors.Length));

    /// <summary>
    /// For each of <paramref name="drivers"/> (last drivers), in how many simulations <paramref name="partial"/> plus the
    /// points of <paramref name="next"/> (the driver before them, or <see cref="Nobody"/>) plus his own reach
    /// <paramref name="targets"/> (<see cref="Bounded"/>).
    /// </summary>
    public void Count(ReadOnlySpan<int> targets, ReadOnlySpan<int> partial, int next, ReadOnlySpan<int> drivers, Span<int> counts)
    {
        if (narrowRows is null)
        {
            SimulationMath.FloorsToReach(targets, partial, wideRows[next], wideFloors);
            SimulationMath.CountAbove(wideFloors, wideRows, drivers, counts);
            return;
        }

        SimulationMath.FloorsToReach(targets, partial, wideRows[next], narrowFloors);
        SimulationMath.CountAbove(narrowFloors, narrowRows, drivers, counts);
    }
}
