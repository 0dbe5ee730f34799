using RaceOptimizer.Core.Optimization;

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

    public long[] Score(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(lineups);
        var part = (int)Math.Clamp(SimulationsPerCall / points.Simulations, 1, LineupScoringRequest.MaxLineups);
        var scores = new long[lineups.Length];
        for (var first = 0; first < lineups.Length; first += part)
        {
            var count = Math.Min(part, lineups.Length - first);
            var request = new LineupScoringRequest(points, measure, thresholds, lineups[first..(first + count)]);
            // Core's ranking is synchronous and runs on the job's own pool thread: waiting here holds up nothing else.
            var reply = worker.ScoreLineupsAsync(connection, request, cancellationToken).GetAwaiter().GetResult();
            reply.Value.CopyTo(scores, first);
            if (reply.Instance is { } instance)
            {
                instances.Add(instance);
            }

            progress.Report((double)(first + count) / lineups.Length);
        }

        return scores;
    }
}
