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

    private static int Median(int a, int b, int c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
