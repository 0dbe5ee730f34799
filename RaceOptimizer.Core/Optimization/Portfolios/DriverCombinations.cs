using System.Numerics;

namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// How many of the chosen lineups hold each pair, and each trio, of drivers: what the pair and trio limits count. Trios
/// are kept only under a trio limit, by their driver mask (a portfolio holds at most 20 per lineup of 6).
/// </summary>
internal sealed class DriverCombinations(int drivers, bool countTrios)
{
    private readonly int[] pairs = new int[drivers * drivers];
    private readonly Dictionary<ulong, int> trios = [];

    /// <summary>Counts a lineup in (+1) or out (-1); its trios too unless <paramref name="withTrios"/> is false (a trial exchange).</summary>
    public void Tally(ulong lineup, int step, bool withTrios = true)
    {
        for (var a = lineup; a != 0; a &= a - 1)
        {
            var first = BitOperations.TrailingZeroCount(a);
            for (var b = a & (a - 1); b != 0; b &= b - 1)
            {
                pairs[(first * drivers) + BitOperations.TrailingZeroCount(b)] += step;
            }
        }

        if (countTrios && withTrios)
        {
            foreach (var trio in Trios(lineup))
            {
                trios[trio] = TrioCount(trio) + step;
            }
        }
    }

    /// <summary>Lineups holding both drivers, the lower index first.</summary>
    public int Pair(int first, int second) => pairs[(first * drivers) + second];

    /// <summary>The most lineups any pair of this lineup is already in.</summary>
    public int MostOfAPair(ulong lineup)
    {
        var most = 0;
        for (var a = lineup; a != 0; a &= a - 1)
        {
            var first = BitOperations.TrailingZeroCount(a);
            for (var b = a & (a - 1); b != 0; b &= b - 1)
            {
                most = Math.Max(most, Pair(first, BitOperations.TrailingZeroCount(b)));
            }
        }

        return most;
    }

    /// <summary>The most lineups any trio of this lineup is already in.</summary>
    public int MostOfATrio(ulong lineup) => Trios(lineup).Select(TrioCount).DefaultIfEmpty(0).Max();

    public int TrioCount(ulong trio) => trios.GetValueOrDefault(trio);

    /// <summary>Every three drivers of a lineup, as masks.</summary>
    public static IEnumerable<ulong> Trios(ulong lineup)
    {
        for (var a = lineup; a != 0; a &= a - 1)
        {
            for (var b = a & (a - 1); b != 0; b &= b - 1)
            {
                for (var c = b & (b - 1); c != 0; c &= c - 1)
                {
                    yield return (a & ~(a - 1)) | (b & ~(b - 1)) | (c & ~(c - 1));
                }
            }
        }
    }
}
