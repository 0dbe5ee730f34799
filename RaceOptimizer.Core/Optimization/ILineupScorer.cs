using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// Scores many lineups at once somewhere else (the GPU worker), exactly as Core does: the optimizer then ranks every
/// lineup of the space, and values a pool of candidates against the contest field, from those numbers. Asynchronous:
/// the answers come over the network, and no thread waits for them (<see cref="LineupOptimizer.OptimizeAsync"/>).
/// </summary>
public interface ILineupScorer
{
    /// <summary>Each lineup's value under the measure, as <see cref="LineupScores.Score"/> gives it.</summary>
    Task<long[]> ScoreAsync(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, CancellationToken cancellationToken);

    /// <summary>Each lineup's payouts against the field alone, as <see cref="ContestStandings.Tally"/> counts them.</summary>
    Task<ContestTally[]> PayAsync(ContestStandings standings, ulong[] lineups, CancellationToken cancellationToken);
}
