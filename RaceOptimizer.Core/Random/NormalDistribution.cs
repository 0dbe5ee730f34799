namespace RaceOptimizer.Core.Random;

/// <summary>The standard normal distribution's quantiles, and a table of them that a race draws noise from.</summary>
public static class NormalDistribution
{
    /// <summary>Table size: 2^12 quantiles, addressed by the top 12 bits of a draw.</summary>
    public const int TableBits = 12;

    /// <summary>
    /// Quantiles at the midpoints of 4,096 equal-probability slices, from -3.49 to 3.49. Drawing an entry by 12 random
    /// bits gives a normal variate with only a lookup: a GPU kernel copies the table and draws the same numbers without
    /// relying on its own log or cosine, which differ from .NET's in the last bits.
    /// </summary>
    public static IReadOnlyList<double> Table => TableValues;

    internal static readonly double[] TableValues = BuildTable();

    /// <summary>The table entry a 64-bit draw picks: its top <see cref="TableBits"/> bits.</summary>
    public static int TableIndex(ulong bits) => (int)(bits >> (64 - TableBits));

    /// <summary>The value below which a standard normal falls with probability <paramref name="p"/> (Acklam's rational approximation, relative error below 1.2e-9).</summary>
    public static double Quantile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(p, 1);
        const double Low = 0.02425;
        if (p < Low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return Tail(q);
        }

        if (p > 1 - Low)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -Tail(q);
        }

        var r = p - 0.5;
        var s = r * r;
        return (((((-3.969683028665376e+01 * s + 2.209460984245205e+02) * s - 2.759285104469687e+02) * s + 1.383577518672690e+02) * s - 3.066479806614716e+01) * s + 2.506628277459239e+00) * r
            / (((((-5.447609879822406e+01 * s + 1.615858368580409e+02) * s - 1.556989798598866e+02) * s + 6.680131188771972e+01) * s - 1.328068155288572e+01) * s + 1);
    }

    private static double Tail(double q) =>
        (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);

    private static double[] BuildTable()
    {
        var table = new double[1 << TableBits];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = Quantile((i + 0.5) / table.Length);
        }

        return table;
    }
}
