using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The vector loops over a lineup's simulations that every simulation objective spends its time in. Points are whole
/// hundredths, so sums and counts are exact and do not depend on the vector width.
/// </summary>
public static class SimulationMath
{
    /// <summary>Points a driver may score for 16-bit <see cref="Residuals{T}"/> to count exactly (163.83 points).</summary>
    public const int NarrowPoints = short.MaxValue / 2;

    // 16-bit values offset by 2^15 order as unsigned numbers as they did signed, so one unsigned saturating subtraction
    // is max(row - floor, 0).
    private static readonly Vector<ushort> Bias = Vector.Create((ushort)0x8000);

    /// <summary>Rows of points within ±<see cref="NarrowPoints"/>, in the 16 bits <see cref="ExcessOver{T}"/> reads: each offset by 2^15.</summary>
    public static ushort[][] Biased(int[][] rows) => [.. rows.Select(row => row.Select(p => Biased(checked((short)p))).ToArray())];

    private static ushort Biased(short value) => (ushort)(value ^ short.MinValue);

    public static void Add(ReadOnlySpan<int> left, ReadOnlySpan<int> right, Span<int> sum)
    {
        var width = Vector<int>.Count;
        var a = MemoryMarshal.Cast<int, Vector<int>>(left);
        var b = MemoryMarshal.Cast<int, Vector<int>>(right);
        var s = MemoryMarshal.Cast<int, Vector<int>>(sum);
        var vectors = Math.Min(a.Length, b.Length);
        for (var i = 0; i < vectors; i++)
        {
            s[i] = a[i] + b[i];
        }

        for (var i = vectors * width; i < Math.Min(left.Length, right.Length); i++)
        {
            sum[i] = left[i] + right[i];
        }
    }

    /// <summary>In how many simulations <paramref name="left"/> + <paramref name="right"/> reaches the simulation's threshold.</summary>
    public static int CountReaching(ReadOnlySpan<int> left, ReadOnlySpan<int> right, ReadOnlySpan<int> thresholds)
    {
        var width = Vector<int>.Count;
        var a = MemoryMarshal.Cast<int, Vector<int>>(left);
        var b = MemoryMarshal.Cast<int, Vector<int>>(right);
        var t = MemoryMarshal.Cast<int, Vector<int>>(thresholds);
        var vectors = Math.Min(Math.Min(a.Length, b.Length), t.Length);
        var reached = Vector<int>.Zero;
        for (var i = 0; i < vectors; i++)
        {
            reached -= Vector.GreaterThanOrEqual(a[i] + b[i], t[i]); // true lanes are -1
        }

        var count = Vector.Sum(reached);
        for (var i = vectors * width; i < thresholds.Length; i++)
        {
            count += left[i] + right[i] >= thresholds[i] ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// What the rest of a lineup must score above in each simulation for <paramref name="partial"/> to reach
    /// <paramref name="targets"/>: target - partial - 1. In 16 bits it saturates, which keeps the counts of
    /// <see cref="CountAbove{T}"/> exact while every driver's points lie within ±<see cref="NarrowPoints"/>: a residual cut
    /// at the 16-bit bounds, less one driver's points, is still beyond every last driver's points. Exact in 32 bits
    /// while targets lie within ±2^30 and partial sums within ±2^29, as <see cref="ReachCounter"/> makes sure.
    /// </summary>
    public static void Residuals<T>(ReadOnlySpan<int> targets, ReadOnlySpan<int> partial, Span<T> residuals)
        where T : unmanaged, IBinaryInteger<T>
    {
        var simulations = residuals.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(targets.Length, partial.Length), simulations, nameof(residuals));
        var narrow = typeof(T) == typeof(short);
        var width = Vector<int>.Count;
        var step = 2 * width; // one 16-bit vector from two 32-bit ones
        ref var t = ref MemoryMarshal.GetReference(targets);
        ref var p = ref MemoryMarshal.GetReference(partial);
        ref var r = ref MemoryMarshal.GetReference(residuals);
        var vectorized = simulations / step * step;
        for (var s = 0; s < vectorized; s += step)
        {
            var (at, next) = ((nuint)s, (nuint)(s + width));
            var first = Vector.LoadUnsafe(ref t, at) - Vector.LoadUnsafe(ref p, at) - Vector<int>.One;
            var second = Vector.LoadUnsafe(ref t, next) - Vector.LoadUnsafe(ref p, next) - Vector<int>.One;
            if (narrow)
            {
                Vector.NarrowWithSaturation(first, second).As<short, T>().StoreUnsafe(ref r, at);
            }
            else
            {
                first.As<int, T>().StoreUnsafe(ref r, at);
                second.As<int, T>().StoreUnsafe(ref r, next);
            }
        }

        for (var s = vectorized; s < simulations; s++)
        {
            residuals[s] = T.CreateSaturating(targets[s] - partial[s] - 1);
        }
    }

    /// <summary>
    /// For each of <paramref name="which"/> rows, in how many simulations it is above the floor
    /// <paramref name="residuals"/> - <paramref name="before"/> (saturated in 16 bits, see <see cref="Residuals{T}"/>).
    /// Four rows share each floor, and the simulations are taken a block at a time so that each lane's count stays
    /// within <typeparamref name="T"/>.
    /// </summary>
    public static void CountAbove<T>(ReadOnlySpan<T> residuals, T[] before, T[][] rows, ReadOnlySpan<int> which, Span<int> counts)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var simulations = residuals.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(before.Length, simulations, nameof(before));
        foreach (var row in which)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(rows[row].Length, simulations, nameof(rows));
        }

        counts[..which.Length].Clear();
        var width = Vector<T>.Count;
        var vectorized = simulations / width * width;
        var block = Math.Min(CountBlock, int.CreateSaturating(T.MaxValue)) / width * width;
        ref var residual = ref MemoryMarshal.GetReference(residuals);
        ref var b = ref MemoryMarshal.GetArrayDataReference(before);
        for (var start = 0; start < vectorized; start += block)
        {
            var end = Math.Min(start + block, vectorized);
            var i = 0;
            for (; i + 4 <= which.Length; i += 4)
            {
                ref var r0 = ref MemoryMarshal.GetArrayDataReference(rows[which[i]]);
                ref var r1 = ref MemoryMarshal.GetArrayDataReference(rows[which[i + 1]]);
                ref var r2 = ref MemoryMarshal.GetArrayDataReference(rows[which[i + 2]]);
                ref var r3 = ref MemoryMarshal.GetArrayDataReference(rows[which[i + 3]]);
                var (c0, c1, c2, c3) = (Vector<T>.Zero, Vector<T>.Zero, Vector<T>.Zero, Vector<T>.Zero);
                for (var s = start; s < end; s += width)
                {
                    var f = Floor(Vector.LoadUnsafe(ref residual, (nuint)s), Vector.LoadUnsafe(ref b, (nuint)s));
                    c0 -= Vector.GreaterThan(Vector.LoadUnsafe(ref r0, (nuint)s), f); // true lanes are -1
                    c1 -= Vector.GreaterThan(Vector.LoadUnsafe(ref r1, (nuint)s), f);
                    c2 -= Vector.GreaterThan(Vector.LoadUnsafe(ref r2, (nuint)s), f);
                    c3 -= Vector.GreaterThan(Vector.LoadUnsafe(ref r3, (nuint)s), f);
                }

                counts[i] += LaneTotal(c0);
                counts[i + 1] += LaneTotal(c1);
                counts[i + 2] += LaneTotal(c2);
                counts[i + 3] += LaneTotal(c3);
            }

            for (; i < which.Length; i++)
            {
                ref var r = ref MemoryMarshal.GetArrayDataReference(rows[which[i]]);
                var c = Vector<T>.Zero;
                for (var s = start; s < end; s += width)
                {
                    c -= Vector.GreaterThan(Vector.LoadUnsafe(ref r, (nuint)s), Floor(Vector.LoadUnsafe(ref residual, (nuint)s), Vector.LoadUnsafe(ref b, (nuint)s)));
                }

                counts[i] += LaneTotal(c);
            }
        }

        for (var s = vectorized; s < simulations; s++)
        {
            var floor = Floor(Vector.Create(residuals[s]), Vector.Create(before[s]))[0];
            for (var i = 0; i < which.Length; i++)
            {
                counts[i] += rows[which[i]][s] > floor ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// What <paramref name="partial"/> + <paramref name="first"/> + <paramref name="second"/> has above the cut, summed
    /// over the simulations: where the rows are the best points of the drivers still to come, count x cut plus it bounds
    /// the sum of the count largest of every lineup below (see <see cref="ExcessOver{T}"/>) in one pass. Exact while the
    /// cut and the partial sums lie within ±2^29 and the rows' points within ±2^23.
    /// </summary>
    public static long ExcessOfSum(int cut, ReadOnlySpan<int> partial, ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        var simulations = partial.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(first.Length, second.Length), simulations, nameof(partial));
        var width = Vector<int>.Count;
        var cuts = Vector.Create(cut);
        ref var p = ref MemoryMarshal.GetReference(partial);
        ref var a = ref MemoryMarshal.GetReference(first);
        ref var b = ref MemoryMarshal.GetReference(second);
        var excess = Vector<long>.Zero;
        var vectorized = simulations / width * width;
        for (var s = 0; s < vectorized; s += width)
        {
            var at = (nuint)s;
            excess += Excess(Vector.LoadUnsafe(ref p, at) + Vector.LoadUnsafe(ref a, at) + Vector.LoadUnsafe(ref b, at), cuts);
        }

        var total = Vector.Sum(excess);
        for (var s = vectorized; s < simulations; s++)
        {
            total += Math.Max((long)partial[s] + first[s] + second[s] - cut, 0);
        }

        return total;
    }

    /// <summary>
    /// The floors <see cref="ExcessOver{T}"/> compares rows with: cut - partial - before in each simulation, and what that leaves out
    /// in every row's excess. In 16 bits a floor is kept within [-<see cref="NarrowPoints"/> - 1, short.MaxValue] and stored offset by 2^15,
    /// as <see cref="Biased(int[][])"/> stores the rows: above,
    /// no driver's points reach it either way; below, every driver's points are above it, so the excess over the true floor
    /// is the excess over the kept one plus their difference, the same for every row, which is answered. In 32 bits
    /// nothing is left out. Exact while the cut and the partial sums lie within ±2^29.
    /// </summary>
    public static long Floors<T>(int cut, ReadOnlySpan<int> partial, ReadOnlySpan<int> before, Span<T> floors)
        where T : unmanaged, IBinaryInteger<T>
    {
        var simulations = floors.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(partial.Length, before.Length), simulations, nameof(floors));
        var narrow = typeof(T) == typeof(ushort);
        var lowest = narrow ? -NarrowPoints - 1 : int.MinValue;
        var width = Vector<int>.Count;
        var step = 2 * width; // one 16-bit vector from two 32-bit ones
        var (cuts, lows) = (Vector.Create(cut), Vector.Create(lowest));
        ref var p = ref MemoryMarshal.GetReference(partial);
        ref var b = ref MemoryMarshal.GetReference(before);
        ref var f = ref MemoryMarshal.GetReference(floors);
        var left = Vector<long>.Zero;
        var vectorized = simulations / step * step;
        for (var s = 0; s < vectorized; s += step)
        {
            var (at, next) = ((nuint)s, (nuint)(s + width));
            var first = cuts - Vector.LoadUnsafe(ref p, at) - Vector.LoadUnsafe(ref b, at);
            var second = cuts - Vector.LoadUnsafe(ref p, next) - Vector.LoadUnsafe(ref b, next);
            if (narrow)
            {
                left += Excess(lows, first) + Excess(lows, second);
                (Vector.NarrowWithSaturation(Vector.Max(first, lows), Vector.Max(second, lows)).As<short, ushort>() ^ Bias).As<ushort, T>().StoreUnsafe(ref f, at);
            }
            else
            {
                first.As<int, T>().StoreUnsafe(ref f, at);
                second.As<int, T>().StoreUnsafe(ref f, next);
            }
        }

        var total = Vector.Sum(left);
        for (var s = vectorized; s < simulations; s++)
        {
            var floor = cut - partial[s] - before[s];
            total += narrow ? Math.Max(lowest - floor, 0) : 0;
            var kept = Math.Max(floor, lowest);
            floors[s] = narrow ? T.CreateTruncating(Biased(short.CreateSaturating(kept))) : T.CreateTruncating(kept);
        }

        return total;
    }

    /// <summary>
    /// For each of <paramref name="which"/> rows, what it has above <paramref name="floors"/> (<see cref="Floors{T}"/>)
    /// summed over the simulations: with floors of cut - partial, count x cut plus that excess bounds the sum of the count
    /// largest of partial + row from above (each of the largest is at most the cut plus its excess), and equals it at the
    /// lineup's own cut, so the cut of the lineups to beat makes a tight bound without adding the lineup up. Four rows
    /// share each floor; 16-bit rows (points within ±<see cref="NarrowPoints"/>) take twice the simulations per vector.
    /// </summary>
    public static void ExcessOver<T>(ReadOnlySpan<T> floors, T[][] rows, ReadOnlySpan<int> which, Span<long> excess)
        where T : unmanaged, IBinaryInteger<T>
    {
        var simulations = floors.Length;
        foreach (var row in which)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(rows[row].Length, simulations, nameof(rows));
        }

        excess[..which.Length].Clear();
        var width = Vector<T>.Count;
        var vectorized = simulations / width * width;
        ref var floor = ref MemoryMarshal.GetReference(floors);
        for (var start = 0; start < vectorized; start += ExcessBlock)
        {
            var end = Math.Min(start + ExcessBlock, vectorized);
            var i = 0;
            for (; i + 4 <= which.Length; i += 4)
            {
                ref var r0 = ref MemoryMarshal.GetArrayDataReference(rows[which[i]]);
                ref var r1 = ref MemoryMarshal.GetArrayDataReference(rows[which[i + 1]]);
                ref var r2 = ref MemoryMarshal.GetArrayDataReference(rows[which[i + 2]]);
                ref var r3 = ref MemoryMarshal.GetArrayDataReference(rows[which[i + 3]]);
                var (e0, e1, e2, e3) = (Vector<long>.Zero, Vector<long>.Zero, Vector<long>.Zero, Vector<long>.Zero);
                var (n0, n1, n2, n3) = (Vector<int>.Zero, Vector<int>.Zero, Vector<int>.Zero, Vector<int>.Zero);
                for (var s = start; s < end; s += width)
                {
                    var f = Vector.LoadUnsafe(ref floor, (nuint)s);
                    Accumulate(Vector.LoadUnsafe(ref r0, (nuint)s), f, ref e0, ref n0);
                    Accumulate(Vector.LoadUnsafe(ref r1, (nuint)s), f, ref e1, ref n1);
                    Accumulate(Vector.LoadUnsafe(ref r2, (nuint)s), f, ref e2, ref n2);
                    Accumulate(Vector.LoadUnsafe(ref r3, (nuint)s), f, ref e3, ref n3);
                }

                excess[i] += Total(e0, n0);
                excess[i + 1] += Total(e1, n1);
                excess[i + 2] += Total(e2, n2);
                excess[i + 3] += Total(e3, n3);
            }

            for (; i < which.Length; i++)
            {
                ref var r = ref MemoryMarshal.GetArrayDataReference(rows[which[i]]);
                var (e, n) = (Vector<long>.Zero, Vector<int>.Zero);
                for (var s = start; s < end; s += width)
                {
                    Accumulate(Vector.LoadUnsafe(ref r, (nuint)s), Vector.LoadUnsafe(ref floor, (nuint)s), ref e, ref n);
                }

                excess[i] += Total(e, n);
            }
        }

        for (var s = vectorized; s < simulations; s++)
        {
            for (var j = 0; j < which.Length; j++)
            {
                excess[j] += Math.Max(long.CreateTruncating(rows[which[j]][s]) - long.CreateTruncating(floors[s]), 0);
            }
        }
    }

    /// <summary>The value that would sit at index <paramref name="k"/> were <paramref name="values"/> sorted ascending (reorders them).</summary>
    public static int Select(Span<int> values, int k)
    {
        var (low, high) = (0, values.Length - 1);
        while (low < high)
        {
            // Median of three as pivot keeps the already-ordered rows of simulations from going quadratic.
            var middle = low + ((high - low) / 2);
            var pivot = Median(values[low], values[middle], values[high]);
            var (i, j) = (low, high);
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                high = j;
            }
            else if (k >= i)
            {
                low = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    /// <summary>The sum of the <paramref name="count"/> largest values (reorders them).</summary>
    public static long SumOfLargest(Span<int> values, int count) => SumOfLargest(values, count, out _);

    /// <summary>The sum of the <paramref name="count"/> largest values, and the least of them (reorders them).</summary>
    public static long SumOfLargest(Span<int> values, int count, out int cut)
    {
        cut = Select(values, values.Length - count);
        long sum = 0;
        var above = 0;
        foreach (var value in values)
        {
            if (value > cut)
            {
                sum += value;
                above++;
            }
        }

        return sum + ((long)(count - above) * cut);
    }

    /// <summary>
    /// Simulations per block of <see cref="CountAbove{T}"/>: a lane counts at most 128 of them in 16 bits, far within its range.
    /// </summary>
    private const int CountBlock = 2048;

    /// <summary>The floor a last driver must score above: saturated in 16 bits (see <see cref="Residuals{T}"/>), whole in 32.</summary>
    private static Vector<T> Floor<T>(Vector<T> residual, Vector<T> before)
        where T : unmanaged, IBinaryInteger<T> => typeof(T) == typeof(short) ? Vector.SubtractSaturate(residual, before) : residual - before;

    /// <summary>The lanes' counts added up; each lane holds at most a block's share, so the sum fits even in 16 bits.</summary>
    private static int LaneTotal<T>(Vector<T> lanes)
        where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(Vector.Sum(lanes));

    /// <summary>
    /// Simulations per block of <see cref="ExcessOver{T}"/>: a 16-bit excess is at most short.MaxValue, and a 32-bit lane
    /// sums at most a block's share of them.
    /// </summary>
    private const int ExcessBlock = 1 << 15;

    /// <summary>What each lane of the row has above its floor, in pairs of 64-bit lanes added together.</summary>
    private static Vector<long> Excess(Vector<int> row, Vector<int> floor)
    {
        Vector.Widen(Vector.Max(row - floor, Vector<int>.Zero), out var low, out var high);
        return low + high;
    }

    /// <summary>
    /// Adds what the row has above its floor: 32-bit lanes into the 64-bit sums; 16-bit lanes (a difference that
    /// saturates only below zero, see <see cref="Floors{T}"/>) into 32-bit sums, taken into 64 bits a block at a time.
    /// </summary>
    private static void Accumulate<T>(Vector<T> row, Vector<T> floor, ref Vector<long> wide, ref Vector<int> narrow)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (typeof(T) == typeof(ushort))
        {
            // Biased, an unsigned subtraction that saturates at zero is the excess itself, at most short.MaxValue.
            var above = Vector.SubtractSaturate(row.As<T, ushort>(), floor.As<T, ushort>()).As<ushort, short>();
            if (Avx2.IsSupported && Vector<short>.Count == Vector256<short>.Count)
            {
                // A multiply-add by ones sums each adjacent pair into 32 bits in one instruction: the same lanes' total as
                // widening both halves and adding them (three to four instructions), exactly, since only the sum is read.
                narrow += Avx2.MultiplyAddAdjacent(above.AsVector256(), Vector256<short>.One).AsVector();
            }
            else
            {
                Vector.Widen(above, out var low, out var high);
                narrow += low + high;
            }
        }
        else
        {
            wide += Excess(row.As<T, int>(), floor.As<T, int>());
        }
    }

    private static long Total(Vector<long> wide, Vector<int> narrow)
    {
        Vector.Widen(narrow, out var low, out var high);
        return Vector.Sum(wide + low + high);
    }

    private static int Median(int a, int b, int c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
