using ILGPU;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// What the scoring kernel reads: the points matrix and lineups laid out as for <see cref="LineupViews"/>, the
/// thresholds (tail only) and the measure.
/// </summary>
internal readonly struct ScoringViews(ArrayView<int> points, int simulations, ArrayView<int> members, int size, ArrayView<int> thresholds, ObjectiveMeasure measure)
{
    public ArrayView<int> Points { get; } = points;

    public int Simulations { get; } = simulations;

    public ArrayView<int> Members { get; } = members;

    public int Size { get; } = size;

    public ArrayView<int> Thresholds { get; } = thresholds;

    public ObjectiveMeasure Measure { get; } = measure;

    /// <summary>The lineup's points in one simulation.</summary>
    public int Score(int lineup, int simulation)
    {
        var score = 0;
        for (var member = 0; member < Size; member++)
        {
            score += Points[((long)Members[(lineup * Size) + member] * Simulations) + simulation];
        }

        return score;
    }
}
