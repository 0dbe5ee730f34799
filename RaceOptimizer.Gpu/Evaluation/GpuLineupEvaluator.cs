using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// Runs <see cref="LineupEvaluation"/>'s work on the accelerator and answers the same tallies. Inputs are checked by
/// Core's own check before anything is copied. One evaluation at a time per device, as for races: a second waits.
/// </summary>
public sealed class GpuLineupEvaluator(ComputeDevice device)
{
    private readonly LineupKernel kernel = new(device.Accelerator);
    private readonly SemaphoreSlim oneRun = new(1, 1);

    public WorkerDevice Device => device.Info;

    public async Task<LineupTallies> EvaluateAsync(SimulatedPoints points, IReadOnlyList<ulong> lineups, int[] thresholds, HistogramBins bins, CancellationToken cancellationToken)
    {
        var scoreBins = LineupEvaluation.Check(points, lineups, thresholds, bins);
        await oneRun.WaitAsync(cancellationToken);
        try
        {
            // The copies back block their thread while the device works; keep it off the request's.
            return await Task.Run(() => Evaluate(points, lineups, thresholds, scoreBins), cancellationToken);
        }
        finally
        {
            oneRun.Release();
        }
    }

    private LineupTallies Evaluate(SimulatedPoints points, IReadOnlyList<ulong> lineups, int[] thresholds, ScoreBins bins)
    {
        using var activity = WorkerTelemetry.StartEvaluation(device.Info, lineups.Count, points.Simulations);

        var tallies = new LineupTallies(new long[lineups.Count], new long[lineups.Count], new int[lineups.Count], new int[lineups.Count * bins.Count], bins.Count);
        if (lineups.Count == 0)
        {
            return tallies;
        }

        var accelerator = kernel.Accelerator;
        var size = DeviceLineups.Size(lineups);
        using var matrix = accelerator.Allocate1D(DeviceLineups.Rows(points));
        using var members = accelerator.Allocate1D(DeviceLineups.Members(lineups, size, zeroRow: points.Drivers));
        using var reach = accelerator.Allocate1D(thresholds);
        // The kernel adds into its tallies: they start from the host's fresh zeros.
        using var sums = accelerator.Allocate1D(tallies.Sums);
        using var squares = accelerator.Allocate1D(tallies.SumsOfSquares);
        using var reaching = accelerator.Allocate1D(tallies.Reaching);
        using var histograms = accelerator.Allocate1D(tallies.Histograms);

        kernel.Launch(
            new LineupViews(new LineupRows(matrix.View, points.Simulations, members.View, size), reach.View, bins),
            lineups.Count,
            new TallyViews(sums.View, squares.View, reaching.View, histograms.View));
        sums.View.CopyToCPU(tallies.Sums);
        squares.View.CopyToCPU(tallies.SumsOfSquares);
        reaching.View.CopyToCPU(tallies.Reaching);
        histograms.View.CopyToCPU(tallies.Histograms);
        return tallies;
    }
}
