using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// Scores many lineups at once somewhere else (the GPU worker), exactly as Core does: the optimizer then ranks every
/// lineup of the space, and values a pool of candidates against the contest field, from those numbers.
/// </summary>
public interface ILineupScorer
{
    /// <summary>Each lineup's value under the measure, as <see cref="LineupScores.Score"/> gives it.</summary>
    long[] Score(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, CancellationToken cancellationToken);

    /// <summary>Each lineup's payouts against the field alone, as <see cref="ContestStandings.Tally"/> counts them.</summary>
    ContestTally[] Pay(ContestStandings standings, ulong[] lineups, CancellationToken cancellationToken);
}
