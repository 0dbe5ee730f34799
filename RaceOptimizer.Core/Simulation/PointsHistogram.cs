using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Every driver's points under one site, counted in bins one scoring step wide (<see cref="ScoringTable.Resolution"/>),
/// so percentiles are exact while memory depends on the race, not on the number of simulations.
/// </summary>
internal sealed class PointsHistogram
{
    private readonly int drivers;
    private readonly int lowest;
    private readonly int resolution;
    private readonly int bins;
    private readonly int[] counts;
    private readonly long[] sums;

    public PointsHistogram(ScoringTable table, int drivers, int maxLaps)
    {
        this.drivers = drivers;
        resolution = table.Resolution;
        var (low, high) = (int.MaxValue, int.MinValue);
        for (var start = 1; start <= drivers; start++)
        {
            for (var finish = 1; finish <= drivers; finish++)
            {
                low = Math.Min(low, table.TotalHundredths(start, finish, 0, 0, 0));
                high = Math.Max(high, table.TotalHundredths(start, finish, maxLaps, maxLaps, maxLaps));
            }
        }

        lowest = low;
        bins = ((high - low) / resolution) + 1;
        counts = new int[drivers * bins];
        sums = new long[drivers];
    }

    public void Add(ReadOnlySpan<int> hundredths)
    {
        for (var driver = 0; driver < drivers; driver++)
        {
            counts[(driver * bins) + ((hundredths[driver] - lowest) / resolution)]++;
            sums[driver] += hundredths[driver];
        }
    }

    public void Merge(PointsHistogram other)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += other.counts[i];
        }

        for (var driver = 0; driver < drivers; driver++)
        {
            sums[driver] += other.sums[driver];
        }
    }

    public PointsDistribution Distribution(int driver, int simulations) => new(
        sums[driver] / (double)simulations / ScoringTable.Scale,
        Percentile(driver, simulations, 0.1),
        Percentile(driver, simulations, 0.5),
        Percentile(driver, simulations, 0.9));

    /// <summary>Nearest rank: the smallest value at least a share <paramref name="q"/> of the simulations reach or stay under.</summary>
    private double Percentile(int driver, int simulations, double q)
    {
        var rank = Math.Max(1, (long)Math.Ceiling(q * simulations));
        var seen = 0L;
        var row = driver * bins;
        var bin = 0;
        while ((seen += counts[row + bin]) < rank)
        {
            bin++;
        }

        return (lowest + (bin * resolution)) / (double)ScoringTable.Scale;
    }
}
