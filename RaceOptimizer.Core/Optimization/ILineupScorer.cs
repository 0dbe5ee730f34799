namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// Scores many lineups at once somewhere else (the GPU worker), exactly as <see cref="LineupScores.Score"/> does. The
/// optimizer then ranks every lineup of the space from those scores instead of walking the simulations itself.
/// </summary>
public interface ILineupScorer
{
    long[] Score(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, CancellationToken cancellationToken);
}
