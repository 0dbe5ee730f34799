using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// Scores lineups for Core's optimizer on the GPU worker, in parts of about two billion lineup-simulations: seconds on
/// a GPU, so progress moves and each call stays within the worker's timeout. A failed part throws
/// <see cref="GpuOffloadException"/>, and the <see cref="ExecutionRouter"/> finishes the job on the CPU.
/// </summary>
internal sealed class WorkerLineupScorer(GpuWorkerClient worker, GpuConnection connection, IProgress<double> progress) : ILineupScorer
{
    private const long SimulationsPerCall = 1L << 31;

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
            worker.ScoreLineupsAsync(connection, request, cancellationToken).GetAwaiter().GetResult().CopyTo(scores, first);
            progress.Report((double)(first + count) / lineups.Length);
        }

        return scores;
    }
}
