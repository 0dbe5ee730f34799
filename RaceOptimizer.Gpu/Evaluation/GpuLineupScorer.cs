using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// Runs <see cref="LineupScores"/>'s work on the accelerator and answers the same scores. Inputs are checked by Core's
/// own check before anything is copied; the lineups go to the device in launches small enough that a cancelled request
/// stops within one of them. One scoring at a time per device: a second waits.
/// </summary>
public sealed class GpuLineupScorer(ComputeDevice device)
{
    private const int LaunchLineups = 1 << 16;

    private readonly ScoreKernel kernel = new(device.Accelerator);
    private readonly SemaphoreSlim oneRun = new(1, 1);

    public DeviceInfo Device => device.Info;

    public async Task<long[]> ScoreAsync(LineupScoringRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        LineupScores.Check(request.Points, request.Lineups, request.Measure, request.Thresholds);
        await oneRun.WaitAsync(cancellationToken);
        try
        {
            // The copies back block their thread while the device works; keep it off the request's.
            return await Task.Run(() => Score(request, cancellationToken), cancellationToken);
        }
        finally
        {
            oneRun.Release();
        }
    }

    private long[] Score(LineupScoringRequest request, CancellationToken cancellationToken)
    {
        var (points, lineups) = (request.Points, request.Lineups);
        using var activity = WorkerTelemetry.Source.StartActivity("evaluate lineups");
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, device.Info.Name);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.Lineups, lineups.Length);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.Simulations, points.Simulations);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.Objective, request.Measure.Kind.ToString().ToLowerInvariant());

        var scores = new long[lineups.Length];
        if (lineups.Length == 0)
        {
            return scores;
        }

        var accelerator = kernel.Accelerator;
        var size = DeviceLineups.Size(lineups);
        using var matrix = accelerator.Allocate1D(DeviceLineups.Rows(points));
        using var members = accelerator.Allocate1D(DeviceLineups.Members(lineups, size, zeroRow: points.Drivers));
        // Only tail reads thresholds; the others still pass a view, and an empty buffer has none to give.
        using var thresholds = accelerator.Allocate1D(request.Thresholds.Length > 0 ? request.Thresholds : [0]);
        using var scored = accelerator.Allocate1D<long>(lineups.Length);
        for (var first = 0; first < lineups.Length; first += LaunchLineups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(LaunchLineups, lineups.Length - first);
            var views = new ScoringViews(matrix.View, points.Simulations, members.View.SubView((long)first * size, (long)count * size), size, thresholds.View, request.Measure);
            kernel.Launch(views, count, scored.View.SubView(first, count));
            accelerator.Synchronize();
        }

        scored.View.CopyToCPU(scores);
        return scores;
    }
}
