namespace RaceOptimizer.Core.Backtest;

/// <summary>Percentiles by nearest rank, as the simulation summary reports them, so forecasts and their checks agree.</summary>
internal static class NearestRank
{
    /// <param name="sorted">Values in ascending order.</param>
    public static double Percentile(IReadOnlyList<double> sorted, double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
