namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// In how many simulations each lineup of a batch reaches a target per simulation, where the lineups share every driver
/// but the last: the target less the partial points of all but the last two is one residual per simulation, kept while
/// those drivers stay; the driver before the last takes his points off it as each last driver is compared with it
/// (<see cref="SimulationMath.CountAbove{T}"/>, several last drivers per pass). The drivers' rows are kept in 16 bits when
/// every driver's points fit (real scoring: a driver scores well under 163.83 points), which halves the bytes and doubles
/// the simulations per vector; otherwise in 32. Both count exactly.
/// </summary>
internal sealed class ReachCounter
{
    /// <summary>Points a driver may score in one simulation, in hundredths, for 32-bit residuals to stay exact.</summary>
    public const int MostPoints = 1 << 23;

    private const int FarthestTarget = 1 << 30;

    private readonly short[][]? narrowRows;
    private readonly int[][] wideRows;
    private readonly short[][]? narrowBest;
    private readonly int[][] wideBest;
    private readonly int[] wideResiduals;
    private readonly short[] narrowResiduals;

    private ReachCounter(short[][]? narrowRows, int[][] wideRows, short[][]? narrowBest, int[][] wideBest, int simulations)
    {
        (this.narrowRows, this.wideRows, this.narrowBest, this.wideBest) = (narrowRows, wideRows, narrowBest, wideBest);
        wideResiduals = narrowRows is null ? new int[simulations] : [];
        narrowResiduals = narrowRows is null ? [] : new short[simulations];
    }

    /// <summary>The row index that stands for no driver (a slot that is locked, not chosen): zero points.</summary>
    public int Nobody => wideRows.Length - 1;

    /// <param name="order">The walk's order of the drivers: the best points from each position on bound the lineups' counts.</param>
    public static ReachCounter For(SimulatedPoints points, IReadOnlyList<int> order)
    {
        Check(points);
        ArgumentNullException.ThrowIfNull(order);
        int[][] rows = [.. Enumerable.Range(0, points.Drivers).Select(d => points.Of(d).ToArray()), new int[points.Simulations]];
        var best = new int[order.Count][];
        for (var position = order.Count - 1; position >= 0; position--)
        {
            var row = rows[order[position]];
            best[position] = position == order.Count - 1 ? row : [.. row.Zip(best[position + 1], Math.Max)];
        }

        var fits = rows.All(row => row.All(p => Math.Abs(p) <= SimulationMath.NarrowPoints));
        return fits
            ? new(Narrow(rows), rows, Narrow(best), best, points.Simulations)
            : new(null, rows, null, best, points.Simulations);
    }

    /// <summary>Refuses points beyond <see cref="MostPoints"/> either way, past which lineup sums and their differences could overflow 32 bits.</summary>
    public static void Check(SimulatedPoints points)
    {
        ArgumentNullException.ThrowIfNull(points);
        for (var driver = 0; driver < points.Drivers; driver++)
        {
            foreach (var p in points.Of(driver))
            {
                if (Math.Abs((long)p) > MostPoints)
                {
                    throw new ArgumentOutOfRangeException(nameof(points), $"A driver scores more than {MostPoints:N0} hundredths in a simulation.");
                }
            }
        }
    }

    /// <summary>
    /// Targets the residuals take exactly: any beyond ±2^30 stands for one that far, which no lineup's points (at most 64
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
    public ReachCounter ForThread() => new(narrowRows, wideRows, narrowBest, wideBest, Math.Max(wideResiduals.Length, narrowResiduals.Length));

    /// <summary>Sets what the lineups to count must add to <paramref name="partial"/> to reach <paramref name="targets"/> (<see cref="Bounded"/>).</summary>
    public void Reach(ReadOnlySpan<int> targets, ReadOnlySpan<int> partial)
    {
        if (narrowRows is null)
        {
            SimulationMath.Residuals(targets, partial, wideResiduals.AsSpan());
        }
        else
        {
            SimulationMath.Residuals(targets, partial, narrowResiduals.AsSpan());
        }
    }

    /// <summary>
    /// A bound of <see cref="Count"/> for every last driver at <paramref name="from"/> or later in the walk's order: the
    /// simulations that the best of them in each simulation reaches what <see cref="Reach"/> set.
    /// </summary>
    public int CountBest(int before, int from)
    {
        Span<int> count = stackalloc int[1];
        if (narrowRows is null)
        {
            SimulationMath.CountAbove(wideResiduals, wideRows[before], wideBest, [from], count);
        }
        else
        {
            SimulationMath.CountAbove(narrowResiduals, narrowRows[before], narrowBest!, [from], count);
        }

        return count[0];
    }

    /// <summary>
    /// For each of <paramref name="drivers"/> (last drivers) after <paramref name="before"/> (the driver before them, or
    /// <see cref="Nobody"/>), in how many simulations the lineup reaches what <see cref="Reach"/> set.
    /// </summary>
    public void Count(int before, ReadOnlySpan<int> drivers, Span<int> counts)
    {
        if (narrowRows is null)
        {
            SimulationMath.CountAbove(wideResiduals, wideRows[before], wideRows, drivers, counts);
        }
        else
        {
            SimulationMath.CountAbove(narrowResiduals, narrowRows[before], narrowRows, drivers, counts);
        }
    }

    /// <summary>The rows in 16 bits, for points within ±<see cref="SimulationMath.NarrowPoints"/>.</summary>
    internal static short[][] Narrow(int[][] rows) => [.. rows.Select(row => row.Select(p => (short)p).ToArray())];
}
