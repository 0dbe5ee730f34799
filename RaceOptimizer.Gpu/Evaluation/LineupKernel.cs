using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// The lineup evaluation kernel, compiled for the worker's accelerator once and kept: one thread tallies one block of
/// <see cref="BlockLength"/> simulations of one lineup, so even a 150-lineup portfolio fills a device. Threads of the
/// same lineup meet through integer atomic adds: the totals do not depend on their order, and equal
/// <see cref="LineupEvaluation"/>'s.
/// </summary>
internal sealed class LineupKernel(Accelerator accelerator)
{
    /// <summary>Long enough that a thread's own sums outweigh its four atomic adds, short enough to spread 10,000 simulations over 10 threads.</summary>
    public const int BlockLength = 1024;

    private readonly Action<Index1D, LineupViews, TallyViews> kernel =
        accelerator.LoadAutoGroupedStreamKernel<Index1D, LineupViews, TallyViews>(Evaluate);

    public Accelerator Accelerator => accelerator;

    /// <summary>Every block of every lineup; asynchronous on the accelerator's default stream.</summary>
    public void Launch(LineupViews lineups, int count, TallyViews tallies) => kernel(count * Blocks(lineups.Rows.Simulations), lineups, tallies);

    private static int Blocks(int simulations) => (simulations + BlockLength - 1) / BlockLength;

    private static void Evaluate(Index1D thread, LineupViews lineups, TallyViews tallies)
    {
        var rows = lineups.Rows;
        var blocks = Blocks(rows.Simulations);
        var lineup = thread / blocks;
        var first = thread % blocks * BlockLength;
        var end = Math.Min(rows.Simulations, first + BlockLength);
        var bins = lineups.Bins;
        var (sum, squares, reaching) = (0L, 0L, 0);
        for (var simulation = first; simulation < end; simulation++)
        {
            var score = rows.Score(lineup, simulation);
            sum += score;
            squares += (long)score * score;
            reaching += score >= lineups.Thresholds[simulation] ? 1 : 0;
            Atomic.Add(ref tallies.Histograms[(lineup * bins.Count) + ScoreBins.Bin(score, bins.Min, bins.Width, bins.Count)], 1);
        }

        Atomic.Add(ref tallies.Sums[lineup], sum);
        Atomic.Add(ref tallies.Squares[lineup], squares);
        Atomic.Add(ref tallies.Reaching[lineup], reaching);
    }
}
