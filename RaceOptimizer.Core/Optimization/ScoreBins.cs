using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// <see cref="HistogramBins"/> in hundredths, so a score's bin is integer arithmetic that the CPU and a kernel work
/// out alike (a double division could land a boundary score in different bins on different devices).
/// </summary>
public readonly record struct ScoreBins(int Min, int Width, int Count)
{
    /// <summary>The bins in hundredths; bounds are rounded to the nearest hundredth, the resolution of every score.</summary>
    public static ScoreBins Of(HistogramBins bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins.Count, 1);
        var width = checked((int)Math.Round(bins.Width * ScoringTable.Scale));
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1, nameof(bins));
        return new ScoreBins(checked((int)Math.Round(bins.Min * ScoringTable.Scale)), width, bins.Count);
    }

    /// <summary>Scores below the first bin count in it, scores past the last in the last: every simulation is counted once.</summary>
    public static int Bin(int score, int min, int width, int count)
    {
        var offset = (long)score - min;
        return offset < 0 ? 0 : (int)Math.Min(count - 1, offset / width);
    }
}
