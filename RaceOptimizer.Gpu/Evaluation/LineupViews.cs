using ILGPU;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// What the lineup kernel reads: the points matrix driver by driver (row i holds driver i's points in every
/// simulation, and one extra row of zeros), each lineup's drivers as <see cref="Size"/> row indices (lineups with
/// fewer drivers are padded with the zero row, so every thread adds the same number of rows), the per-simulation
/// thresholds and the bins.
/// </summary>
internal readonly struct LineupViews(ArrayView<int> points, int simulations, ArrayView<int> members, int size, ArrayView<int> thresholds, ScoreBins bins)
{
    public ArrayView<int> Points { get; } = points;

    public int Simulations { get; } = simulations;

    public ArrayView<int> Members { get; } = members;

    public int Size { get; } = size;

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
