using System.Diagnostics;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// Scores lineups for Core's optimizer on the GPU worker, in parts. A part is answered only once it is scored, so the
/// call's timeout bounds it: parts are sized by the worker's measured pace to take about <see cref="PartTime"/> (never
/// more than a quarter of the timeout), starting small, so a slow worker (ILGPU's CPU accelerator, a busy GPU) moves the
/// progress and stays within the timeout instead of being taken for dead, and a fast one soon scores about two billion
/// lineup-simulations a call. A failed part throws <see cref="GpuOffloadException"/>, and the <see cref="ExecutionRouter"/>
/// finishes the job on the CPU. Parts may land on different replicas; each one that answered is kept. Above
/// <see cref="ShardOptions.SplitLineupSimulationsAbove"/> the lineups are cut into ranges scored at once, each paced on
/// its own, so every replica scores (<see cref="ShardRunner"/>: a range that fails is scored again elsewhere, then
/// here); each lineup's score is its own, so the ranges' scores side by side are the unsplit scores.
/// </summary>
internal sealed class WorkerLineupScorer(
    GpuWorkerClient worker, GpuConnection connection, IProgress<double> progress, JobExecution job, ShardRunner shards, ShardOptions split) : ILineupScorer
{
    private const long FirstSimulationsPerCall = 1L << 24;
    private const long MaxSimulationsPerCall = 1L << 31;

    /// <summary>A part grows at most this much over the last: one fast part on a warm cache must not size the next past the timeout.</summary>
    private const int MaxGrowth = 4;

    /// <summary>
    /// The time a part is paced to: the router's waiting message starts after a second of silence
    /// (<see cref="WorkerSilence.Noticed"/>), so a part on pace shows the scoring's progress, and only a late one says it waits.
    /// </summary>
    private static readonly TimeSpan PartTime = WorkerSilence.Noticed;

    private readonly SortedSet<string> instances = new(StringComparer.Ordinal);
    private string? device;

    /// <summary>The worker instances that scored, as one job's record names them; null before any answered.</summary>
    public string? Instances => instances.Count == 0 ? null : string.Join(", ", instances);

    public async Task<long[]> ScoreAsync(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(lineups);
        if (!split.Splits || (long)lineups.Length * points.Simulations <= split.SplitLineupSimulationsAbove || lineups.Length < split.Count)
        {
            return await ScorePartsAsync(points, lineups, measure, thresholds, progress, cancellationToken);
        }

        var stage = shards.Recorded.NextStage();
        var size = (lineups.Length + split.Count - 1) / split.Count;
        var ranges = lineups.Chunk(size).ToList();
        var together = new ShardProgress([.. ranges.Select(range => range.Length)], progress);
        var scored = await Task.WhenAll(ranges.Select((range, i) => shards.RunAsync(
            job,
            "score shard",
            ShardRunner.Planned(stage, JobShard.LineupsWork, i * size, range.Length),
            token => ScoreOnWorkerAsync(points, range, measure, thresholds, together.Of(i), token),
            () => LineupScores.Score(points, range, measure, thresholds),
            together.Of(i),
            cancellationToken)));
        return [.. scored.SelectMany(scores => scores)];
    }

    /// <summary>One range of lineups on the worker, in paced parts; the reply names every instance that scored a part.</summary>
    private async Task<WorkerReply<long[]>> ScoreOnWorkerAsync(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, IProgress<double> rangeProgress, CancellationToken cancellationToken)
    {
        var range = new WorkerLineupScorer(worker, connection, rangeProgress, job, shards, split);
        var scores = await range.ScorePartsAsync(points, lineups, measure, thresholds, rangeProgress, cancellationToken);
        return new(scores, range.Instances) { Device = range.device };
    }

    private async Task<long[]> ScorePartsAsync(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, IProgress<double> partsProgress, CancellationToken cancellationToken)
    {
        var target = connection.Timeout / 4 < PartTime ? connection.Timeout / 4 : PartTime;
        var part = Lineups(FirstSimulationsPerCall, points.Simulations);
        var scores = new long[lineups.Length];
        for (var first = 0; first < lineups.Length; first += part)
        {
            var count = Math.Min(part, lineups.Length - first);
            var request = new LineupScoringRequest(points, measure, thresholds, lineups[first..(first + count)]);
            var started = Stopwatch.GetTimestamp();
            Kept(await worker.ScoreLineupsAsync(connection, request, cancellationToken)).CopyTo(scores, first);
            partsProgress.Report((double)(first + count) / lineups.Length);
            var paced = count * (target / Stopwatch.GetElapsedTime(started));
            part = (int)Math.Clamp(paced, 1, Math.Min((long)count * MaxGrowth, Lineups(MaxSimulationsPerCall, points.Simulations)));
        }

        return scores;
    }

    /// <summary>Lineups in a part of <paramref name="simulationsPerCall"/> lineup-simulations, within a request's bound.</summary>
    private static int Lineups(long simulationsPerCall, int simulations) =>
        (int)Math.Clamp(simulationsPerCall / simulations, 1, LineupScoringRequest.MaxLineups);

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

    /// <summary>The reply's value; the instance that answered, and its device, are kept.</summary>
    private T Kept<T>(WorkerReply<T> reply)
    {
        if (reply.Instance is { } instance)
        {
            instances.Add(instance);
        }

        device = reply.Device ?? device;
        return reply.Value;
    }
}
