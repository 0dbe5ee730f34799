using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Tests.Evaluation;

internal static class TallyAssert
{
    /// <summary>Every tally the same, each compared on its own so a failure names the one that differs.</summary>
    public static void Equal(LineupTallies expected, LineupTallies actual)
    {
        Assert.Equal(expected.Sums, actual.Sums);
        Assert.Equal(expected.SumsOfSquares, actual.SumsOfSquares);
        Assert.Equal(expected.Reaching, actual.Reaching);
        Assert.Equal(expected.Histograms, actual.Histograms);
        Assert.Equal(expected.Bins, actual.Bins);
    }
}
