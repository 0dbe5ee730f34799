using ILGPU;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// What the lineup kernel reads: the lineups (<see cref="LineupRows"/>: lineups with fewer drivers are padded with the
/// zero row, so every thread adds the same number of rows), the per-simulation thresholds and the bins.
/// </summary>
internal readonly struct LineupViews(LineupRows rows, ArrayView<int> thresholds, ScoreBins bins)
{
    public LineupRows Rows { get; } = rows;

    public ArrayView<int> Thresholds { get; } = thresholds;

    public ScoreBins Bins { get; } = bins;
}

/// <summary>Where the kernel adds its tallies, laid out as <see cref="LineupTallies"/>; zeroed before each launch.</summary>
internal readonly struct TallyViews(ArrayView<long> sums, ArrayView<long> squares, ArrayView<int> reaching, ArrayView<int> histograms)
{
    public ArrayView<long> Sums { get; } = sums;

    public ArrayView<long> Squares { get; } = squares;

    public ArrayView<int> Reaching { get; } = reaching;

    public ArrayView<int> Histograms { get; } = histograms;
}
