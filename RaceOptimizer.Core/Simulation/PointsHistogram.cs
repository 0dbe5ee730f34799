using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// How every driver's points under one site are counted: in bins one scoring step wide (<see cref="ScoringTable.Resolution"/>)
/// from the lowest total the race allows, so percentiles are exact while memory depends on the race, not on the number
/// of simulations. Only the bins are kept here, as plain values, so a GPU kernel bins a race with this same code; the
/// counts live in the tally (<see cref="TallyLayout"/>).
/// </summary>
internal readonly struct PointsHistogram
{
    public PointsHistogram(ScoringTable table, int drivers, int maxLaps)
    {
        Resolution = table.Resolution;
        var (low, high) = (int.MaxValue, int.MinValue);
        for (var start = 1; start <= drivers; start++)
        {
            for (var finish = 1; finish <= drivers; finish++)
            {
                low = Math.Min(low, table.TotalHundredths(start, finish, 0, 0, 0));
                high = Math.Max(high, table.TotalHundredths(start, finish, maxLaps, maxLaps, maxLaps));
            }
        }

        Lowest = low;
        Bins = ((high - low) / Resolution) + 1;
    }

    /// <summary>The lowest total the race allows, in hundredths: bin 0.</summary>
    public int Lowest { get; }

    /// <summary>Hundredths a bin spans: every total is a multiple of it away from <see cref="Lowest"/>.</summary>
    public int Resolution { get; }

    /// <summary>Bins per driver.</summary>
    public int Bins { get; }

    public int Bin(int hundredths) => (hundredths - Lowest) / Resolution;

    /// <summary>A driver's distribution from its row of counts and its sum of points in hundredths.</summary>
    public PointsDistribution Distribution(ReadOnlySpan<int> counts, long sum, int simulations) => new(
        sum / (double)simulations / ScoringTable.Scale,
        Percentile(counts, simulations, 0.1),
        Percentile(counts, simulations, 0.5),
        Percentile(counts, simulations, 0.9));

    /// <summary>Nearest rank: the smallest value at least a share <paramref name="q"/> of the simulations reach or stay under.</summary>
    private double Percentile(ReadOnlySpan<int> counts, int simulations, double q)
    {
        var rank = Math.Max(1, (long)Math.Ceiling(q * simulations));
        var seen = 0L;
        var bin = 0;
        while ((seen += counts[bin]) < rank)
        {
            bin++;
        }

        return (Lowest + (bin * Resolution)) / (double)ScoringTable.Scale;
    }
}
