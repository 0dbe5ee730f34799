using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// Scores lineups for Core's optimizer on the GPU worker, in parts of about two billion lineup-simulations: seconds on
/// a GPU, so progress moves and each call stays within the worker's timeout. A failed part throws
/// <see cref="GpuOffloadException"/>, and the <see cref="ExecutionRouter"/> finishes the job on the CPU. Parts may land
/// on different replicas; each one that answered is kept.
/// </summary>
internal sealed class WorkerLineupScorer(GpuWorkerClient worker, GpuConnection connection, IProgress<double> progress) : ILineupScorer
{
    private const long SimulationsPerCall = 1L << 31;

    private readonly SortedSet<string> instances = new(StringComparer.Ordinal);

    /// <summary>The worker instances that scored, as one job's record names them; null before any answered.</summary>
    public string? Instances => instances.Count == 0 ? null : string.Join(", ", instances);

    public async Task<long[]> ScoreAsync(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(lineups);
        var part = (int)Math.Clamp(SimulationsPerCall / points.Simulations, 1, LineupScoringRequest.MaxLineups);
        var scores = new long[lineups.Length];
        for (var first = 0; first < lineups.Length; first += part)
        {
            var count = Math.Min(part, lineups.Length - first);
            var request = new LineupScoringRequest(points, measure, thresholds, lineups[first..(first + count)]);
            Kept(await worker.ScoreLineupsAsync(connection, request, cancellationToken)).CopyTo(scores, first);
            progress.Report((double)(first + count) / lineups.Length);
        }

        return scores;
    }

    /// <summary>A candidate pool is thousands of lineups: one call, with the field (simulations x field size scores).</summary>
    public async Task<ContestTally[]> PayAsync(ContestStandings standings, ulong[] lineups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(standings);
        ArgumentNullException.ThrowIfNull(lineups);
        var (contest, tallies) = (standings.Tables(), new ContestTally[lineups.Length]);
        for (var first = 0; first < lineups.Length; first += LineupPayoutRequest.MaxLineups)
        {
            var part = lineups[first..Math.Min(lineups.Length, first + LineupPayoutRequest.MaxLineups)];
            Kept(await worker.PayLineupsAsync(connection, new LineupPayoutRequest(standings.Points, contest, part), cancellationToken)).CopyTo(tallies, first);
        }

        return tallies;
    }

    /// <summary>The reply's value; the instance that answered is kept.</summary>
    private T Kept<T>(WorkerReply<T> reply)
    {
        if (reply.Instance is { } instance)
        {
            instances.Add(instance);
        }

        return reply.Value;
    }
}
