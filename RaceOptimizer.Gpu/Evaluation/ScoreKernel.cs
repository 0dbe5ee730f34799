using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// The lineup scoring kernel, compiled once and kept: one thread scores one lineup under the measure, giving
/// <see cref="LineupScores"/>'s numbers exactly. A thread cannot hold 10,000 scores to select from, so an order
/// statistic is found by halving the lineup's own score range, counting at each step how many simulations score at
/// most the middle: about 17 passes over its simulations, each needing no memory beyond registers.
/// </summary>
internal sealed class ScoreKernel(Accelerator accelerator)
{
    private readonly Action<Index1D, ScoringViews, ArrayView<long>> kernel =
        accelerator.LoadAutoGroupedStreamKernel<Index1D, ScoringViews, ArrayView<long>>(Score);

    public Accelerator Accelerator => accelerator;

    /// <summary>Scores <paramref name="count"/> lineups into <paramref name="scores"/>; asynchronous on the default stream.</summary>
    public void Launch(ScoringViews lineups, int count, ArrayView<long> scores) => kernel(count, lineups, scores);

    private static void Score(Index1D lineup, ScoringViews lineups, ArrayView<long> scores)
    {
        var measure = lineups.Measure;
        if (measure.Kind == ObjectiveKind.Tail)
        {
            scores[lineup] = Reaching(lineups, lineup);
        }
        else if (measure.Kind == ObjectiveKind.Percentile)
        {
            scores[lineup] = Smallest(lineups, lineup, measure.Rank);
        }
        else
        {
            scores[lineup] = SumOfLargest(lineups, lineup, measure.Rank);
        }
    }

    private static long Reaching(ScoringViews lineups, int lineup)
    {
        var reaching = 0L;
        for (var simulation = 0; simulation < lineups.Simulations; simulation++)
        {
            reaching += lineups.Score(lineup, simulation) >= lineups.Thresholds[simulation] ? 1 : 0;
        }

        return reaching;
    }

    /// <summary>The score at ascending index <paramref name="k"/>: the least value that at least k + 1 simulations do not exceed.</summary>
    private static int Smallest(ScoringViews lineups, int lineup, int k)
    {
        var (low, high) = (int.MaxValue, int.MinValue);
        for (var simulation = 0; simulation < lineups.Simulations; simulation++)
        {
            var score = lineups.Score(lineup, simulation);
            (low, high) = (Math.Min(low, score), Math.Max(high, score));
        }

        while (low < high)
        {
            var middle = (int)(low + (((long)high - low) / 2));
            if (CountAtMost(lineups, lineup, middle) > k)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>The sum of the <paramref name="count"/> best scores: those above the cut, then the cut as often as needed.</summary>
    private static long SumOfLargest(ScoringViews lineups, int lineup, int count)
    {
        var cut = Smallest(lineups, lineup, lineups.Simulations - count);
        var (sum, above) = (0L, 0);
        for (var simulation = 0; simulation < lineups.Simulations; simulation++)
        {
            var score = lineups.Score(lineup, simulation);
            if (score > cut)
            {
                (sum, above) = (sum + score, above + 1);
            }
        }

        return sum + ((long)(count - above) * cut);
    }

    private static int CountAtMost(ScoringViews lineups, int lineup, int bound)
    {
        var count = 0;
        for (var simulation = 0; simulation < lineups.Simulations; simulation++)
        {
            count += lineups.Score(lineup, simulation) <= bound ? 1 : 0;
        }

        return count;
    }
}
