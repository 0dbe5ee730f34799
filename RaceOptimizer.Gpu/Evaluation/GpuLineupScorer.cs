using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// Runs Core's lineup scoring (<see cref="LineupScores"/>) and contest payouts (<see cref="ContestStandings.Tally"/>)
/// on the accelerator and answers the same numbers. Inputs are checked by Core's own checks before anything is copied;
/// the lineups go to the device in launches small enough that a cancelled request stops within one of them. One run
/// at a time per device: a second waits.
/// </summary>
public sealed class GpuLineupScorer(ComputeDevice device)
{
    private const int LaunchLineups = 1 << 16;

    private readonly ScoreKernel scoreKernel = new(device.Accelerator);
    private readonly PayoutKernel payoutKernel = new(device.Accelerator);
    private readonly SemaphoreSlim oneRun = new(1, 1);

    public WorkerDevice Device => device.Info;

    public Task<long[]> ScoreAsync(LineupScoringRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        LineupScores.Check(request.Points, request.Lineups, request.Measure, request.Thresholds);
        return RunAsync(() => Score(request, cancellationToken), cancellationToken);
    }

    public Task<ContestTally[]> PayAsync(LineupPayoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        LineupEvaluation.CheckLineups(request.Points, request.Lineups);
        request.Contest.Check(request.Points.Simulations);
        return RunAsync(() => Pay(request, cancellationToken), cancellationToken);
    }

    private async Task<T> RunAsync<T>(Func<T> run, CancellationToken cancellationToken)
    {
        await oneRun.WaitAsync(cancellationToken);
        try
        {
            // The copies back block their thread while the device works; keep it off the request's.
            return await Task.Run(run, cancellationToken);
        }
        finally
        {
            oneRun.Release();
        }
    }

    private long[] Score(LineupScoringRequest request, CancellationToken cancellationToken)
    {
        using var activity = WorkerTelemetry.StartEvaluation(device.Info, request.Lineups.Length, request.Points.Simulations);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.Objective, request.Measure.Kind.ToString().ToLowerInvariant());
        var accelerator = device.Accelerator;
        // Only tail reads thresholds; the others still pass a view, and an empty buffer has none to give.
        using var thresholds = accelerator.Allocate1D(request.Thresholds.Length > 0 ? request.Thresholds : [0]);
        return Launch<long>(request.Points, request.Lineups, (lineups, count, into) => scoreKernel.Launch(new ScoringViews(lineups, thresholds.View, request.Measure), count, into), cancellationToken);
    }

    private ContestTally[] Pay(LineupPayoutRequest request, CancellationToken cancellationToken)
    {
        using var activity = WorkerTelemetry.StartEvaluation(device.Info, request.Lineups.Length, request.Points.Simulations);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.Objective, "roi");
        var (accelerator, contest) = (device.Accelerator, request.Contest);
        using var field = accelerator.Allocate1D(contest.FieldScores);
        using var cashLines = accelerator.Allocate1D(contest.CashLines);
        using var rankTotals = accelerator.Allocate1D(contest.RankTotals);
        var views = new ContestViews(field.View, contest.FieldSize, contest.RankWidth, cashLines.View, new DeviceRanks(rankTotals.View, contest.Ranks, contest.Shifts));
        return Launch<ContestTally>(request.Points, request.Lineups, (lineups, count, into) => payoutKernel.Launch(lineups, count, views, into), cancellationToken);
    }

    /// <summary>Copies the points and lineups once, then runs one kernel over them launch by launch into one result per lineup.</summary>
    private T[] Launch<T>(SimulatedPoints points, ulong[] lineups, Action<LineupRows, int, ArrayView<T>> kernel, CancellationToken cancellationToken)
        where T : unmanaged
    {
        var results = new T[lineups.Length];
        if (lineups.Length == 0)
        {
            return results;
        }

        var accelerator = device.Accelerator;
        var size = DeviceLineups.Size(lineups);
        using var matrix = accelerator.Allocate1D(DeviceLineups.Rows(points));
        using var members = accelerator.Allocate1D(DeviceLineups.Members(lineups, size, zeroRow: points.Drivers));
        using var output = accelerator.Allocate1D<T>(lineups.Length);
        var rows = new LineupRows(matrix.View, points.Simulations, members.View, size);
        for (var first = 0; first < lineups.Length; first += LaunchLineups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(LaunchLineups, lineups.Length - first);
            kernel(rows.Slice(first, count), count, output.View.SubView(first, count));
            accelerator.Synchronize();
        }

        output.View.CopyToCPU(results);
        return results;
    }
}
