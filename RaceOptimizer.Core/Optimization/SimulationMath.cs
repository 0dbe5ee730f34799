using System.Numerics;
using System.Runtime.InteropServices;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The vector loops over a lineup's simulations that every simulation objective spends its time in. Points are whole
/// hundredths, so sums and counts are exact and do not depend on the vector width.
/// </summary>
public static class SimulationMath
{
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
    /// The floor each simulation's last driver must score above for <paramref name="partial"/> + <paramref name="points"/>
    /// + his points to reach <paramref name="targets"/>: target - partial - points - 1, in 16 bits clamped to the 16-bit
    /// range (a row of 16-bit points above <see cref="short.MinValue"/> compares with it as with the whole floor). Exact
    /// while targets lie within ±2^30 and partial sums within ±2^29, as <see cref="ReachCounter"/> makes sure.
    /// </summary>
    public static void FloorsToReach<T>(ReadOnlySpan<int> targets, ReadOnlySpan<int> partial, ReadOnlySpan<int> points, Span<T> floors)
        where T : unmanaged, IBinaryInteger<T>
    {
        var simulations = floors.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(Math.Min(targets.Length, partial.Length), points.Length), simulations, nameof(floors));
        var narrow = typeof(T) == typeof(short);
        var width = Vector<int>.Count;
        var step = 2 * width; // one 16-bit vector of floors from two 32-bit ones
        var (low, high) = (new Vector<int>(short.MinValue), new Vector<int>(short.MaxValue));
        ref var t = ref MemoryMarshal.GetReference(targets);
        ref var p = ref MemoryMarshal.GetReference(partial);
        ref var q = ref MemoryMarshal.GetReference(points);
        ref var f = ref MemoryMarshal.GetReference(floors);
        var vectorized = simulations / step * step;
        for (var s = 0; s < vectorized; s += step)
        {
            var (at, next) = ((nuint)s, (nuint)(s + width));
            var first = Vector.LoadUnsafe(ref t, at) - Vector.LoadUnsafe(ref p, at) - Vector.LoadUnsafe(ref q, at) - Vector<int>.One;
            var second = Vector.LoadUnsafe(ref t, next) - Vector.LoadUnsafe(ref p, next) - Vector.LoadUnsafe(ref q, next) - Vector<int>.One;
            if (narrow)
            {
                Vector.Narrow(Vector.Min(Vector.Max(first, low), high), Vector.Min(Vector.Max(second, low), high)).As<short, T>().StoreUnsafe(ref f, at);
            }
            else
            {
                first.As<int, T>().StoreUnsafe(ref f, at);
                second.As<int, T>().StoreUnsafe(ref f, next);
            }
        }

        for (var s = vectorized; s < simulations; s++)
        {
            var floor = targets[s] - partial[s] - points[s] - 1;
            floors[s] = narrow ? T.CreateSaturating(floor) : T.CreateTruncating(floor);
        }
    }

    /// <summary>
    /// For each of <paramref name="which"/> rows, in how many simulations it is above <paramref name="floors"/>. Four rows
    /// share each load of the floors, and the floors are taken a block at a time so they stay in the first-level cache
    /// while the rows stream past; a block also keeps each lane's count within <typeparamref name="T"/>.
    /// </summary>
    public static void CountAbove<T>(ReadOnlySpan<T> floors, T[][] rows, ReadOnlySpan<int> which, Span<int> counts)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        foreach (var row in which)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(rows[row].Length, floors.Length, nameof(rows));
        }

        counts[..which.Length].Clear();
        var width = Vector<T>.Count;
        var vectorized = floors.Length / width * width;
        var block = Math.Min(CountBlock, int.CreateSaturating(T.MaxValue)) / width * width;
        ref var floor = ref MemoryMarshal.GetReference(floors);
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
                    var f = Vector.LoadUnsafe(ref floor, (nuint)s);
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
                    c -= Vector.GreaterThan(Vector.LoadUnsafe(ref r, (nuint)s), Vector.LoadUnsafe(ref floor, (nuint)s));
                }

                counts[i] += LaneTotal(c);
            }
        }

        for (var i = 0; i < which.Length; i++)
        {
            var row = rows[which[i]];
            for (var s = vectorized; s < floors.Length; s++)
            {
                counts[i] += row[s] > floors[s] ? 1 : 0;
            }
        }
    }

    /// <summary>Writes <paramref name="left"/> + <paramref name="right"/> and answers how many of the sums are below <paramref name="bound"/>.</summary>
    public static int AddCountingBelow(ReadOnlySpan<int> left, ReadOnlySpan<int> right, Span<int> sum, int bound)
    {
        var width = Vector<int>.Count;
        var a = MemoryMarshal.Cast<int, Vector<int>>(left);
        var b = MemoryMarshal.Cast<int, Vector<int>>(right);
        var s = MemoryMarshal.Cast<int, Vector<int>>(sum);
        var vectors = Math.Min(a.Length, b.Length);
        var bounds = new Vector<int>(bound);
        var below = Vector<int>.Zero;
        for (var i = 0; i < vectors; i++)
        {
            var total = a[i] + b[i];
            s[i] = total;
            below -= Vector.LessThan(total, bounds);
        }

        var count = Vector.Sum(below);
        for (var i = vectors * width; i < Math.Min(left.Length, right.Length); i++)
        {
            sum[i] = left[i] + right[i];
            count += sum[i] < bound ? 1 : 0;
        }

        return count;
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
    public static long SumOfLargest(Span<int> values, int count)
    {
        var cut = Select(values, values.Length - count);
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
    /// Simulations per block of <see cref="CountAbove{T}"/>: 16-bit floors of a block take 4 KB, and a lane counts at most
    /// 128 of them, so neither the cache nor the lane's range is strained.
    /// </summary>
    private const int CountBlock = 2048;

    /// <summary>The lanes' counts added up; each lane holds at most a block's share, so the sum fits even in 16 bits.</summary>
    private static int LaneTotal<T>(Vector<T> lanes)
        where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(Vector.Sum(lanes));

    private static int Median(int a, int b, int c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
