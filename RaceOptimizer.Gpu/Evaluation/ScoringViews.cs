using ILGPU;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>What the scoring kernel reads: the lineups, the thresholds (tail only) and the measure.</summary>
internal readonly struct ScoringViews(LineupRows lineups, ArrayView<int> thresholds, ObjectiveMeasure measure)
{
    public LineupRows Lineups { get; } = lineups;

    public ArrayView<int> Thresholds { get; } = thresholds;

    public ObjectiveMeasure Measure { get; } = measure;
}
