using System.Diagnostics;
using ILGPU.Runtime;
using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// Runs <see cref="RaceSimulator"/>'s work on the accelerator: batches of races on the device, each batch tallied there
/// by Core's own tally rules (<see cref="TallyKernel"/>), so only the totals and, when asked, the points matrices come
/// back, and the summary is built from them exactly as the CPU builds it. One run at a time per device: a second waits, which keeps memory bounded and the device's timing honest.
/// </summary>
public sealed class GpuRaceSimulator(ComputeDevice device)
{
    /// <summary>Lanes per batch never exceed this: progress, cancellation and memory (about 3.5 KB a lane) stay in bounds.</summary>
    private const int MaxLanes = 1 << 17;

    private readonly RaceKernel kernel = new(device.Accelerator);
    private readonly TallyKernel tallyKernel = new(device.Accelerator);
    private readonly SemaphoreSlim oneRun = new(1, 1);

    public WorkerDevice Device => device.Info;

    /// <summary>A whole run, as Core's <see cref="RaceSimulator.Run"/> returns it.</summary>
    public async Task<SimulationResult> RunAsync(RaceSetup setup, SimulationOptions options, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var whole = await RunShardAsync(setup, options, RaceRange.All(options), progress, cancellationToken);
        return RaceSimulator.Default.Merge(setup, options, [whole]);
    }

    /// <summary>Races <paramref name="races"/> of the run <paramref name="options"/> describe, as Core's <see cref="RaceSimulator.RunShard"/> returns them.</summary>
    public async Task<RaceShard> RunShardAsync(RaceSetup setup, SimulationOptions options, RaceRange races, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(races.First);
        ArgumentOutOfRangeException.ThrowIfLessThan(races.Count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(races.End, options.Simulations);
        await oneRun.WaitAsync(cancellationToken);
        try
        {
            // The kernel blocks its thread while the device works; keep it off the request's.
            return await Task.Run(() => Run(setup, options, races, progress, cancellationToken), cancellationToken);
        }
        finally
        {
            oneRun.Release();
        }
    }

    /// <summary><see cref="ReferenceRace"/>s per second on this device: timed once at start-up, before any request can queue behind it.</summary>
    public double TimeReferenceRace() =>
        ReferenceRace.RacesPerSecond(options => Run(ReferenceRace.Setup, options, RaceRange.All(options), null, CancellationToken.None));

    private RaceShard Run(RaceSetup setup, SimulationOptions options, RaceRange races, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var activity = WorkerTelemetry.Source.StartActivity("simulate race");
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.Simulations, races.Count);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.DeviceName, device.Info.Name);
        activity?.SetTag(RaceOptimizerTelemetry.Attributes.WorkerInstance, WorkerInstance.Id);

        var race = new RaceInputs(setup, RaceModel.Default);
        var accelerator = kernel.Accelerator;
        using var strength = accelerator.Allocate1D(race.Strength);
        using var basePace = accelerator.Allocate1D(race.BasePace);
        using var gridPace = accelerator.Allocate1D(race.GridPace);
        using var starts = accelerator.Allocate1D(race.Starts ?? new int[race.Drivers]);
        using var startsAtRear = accelerator.Allocate1D(race.StartsAtRear.Select(rear => rear ? 1 : 0).ToArray());
        using var leadPace = accelerator.Allocate1D(race.LeadPace);
        using var incidentBelow = accelerator.Allocate1D(race.IncidentBelow);
        using var failureBelow = accelerator.Allocate1D(race.FailureBelow);
        using var normals = accelerator.Allocate1D([.. NormalDistribution.Table]);
        using var finishPoints = accelerator.Allocate1D(FinishPoints(race));
        var inputs = new DeviceRaceInputs(
            race, strength.View, basePace.View, gridPace.View, starts.View, startsAtRear.View, leadPace.View, incidentBelow.View, failureBelow.View, normals.View, finishPoints.View);

        var draftKings = options.KeepPointsMatrix ? new PointsMatrix(Site.DraftKings, races.Count, race.Drivers) : null;
        var fanDuel = options.KeepPointsMatrix ? new PointsMatrix(Site.FanDuel, races.Count, race.Drivers) : null;
        var layout = new TallyLayout(race);
        // The tally kernel adds into these for the whole run; only they come back, once, at the end.
        using var counts = accelerator.Allocate1D<int>(layout.Counts);
        using var sums = accelerator.Allocate1D<long>(layout.Sums);
        counts.MemSetToZero();
        sums.MemSetToZero();
        var tally = new DeviceTally(layout, counts.View, sums.View);
        using var batch = new RaceBatch(accelerator, race.Drivers, Math.Min(races.Count, Lanes(accelerator)));
        // Rows are offsets within the shard: its matrices' rows, and (plus the first race) the simulations' streams.
        for (var row = 0; row < races.Count; row += batch.Lanes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lanes = Math.Min(batch.Lanes, races.Count - row);
            kernel.Launch(inputs, batch.View, options.Seed, races.First + row, lanes);
            tallyKernel.Launch(tally, batch.View, lanes);
            if (draftKings is not null && fanDuel is not null)
            {
                batch.CopyPoints(row, lanes, draftKings, fanDuel);
            }

            // Launches only queue work: wait for it, so progress and cancellation speak of races done.
            accelerator.Synchronize();
            progress?.Report((row + lanes) / (double)races.Count);
        }

        return new SimulationTally(layout, counts.GetAsArray1D(), sums.GetAsArray1D()).ToShard(races, draftKings, fanDuel);
    }

    /// <summary>Enough lanes to fill the device, within <see cref="MaxLanes"/>.</summary>
    private static int Lanes(Accelerator accelerator) => (int)Math.Clamp(accelerator.MaxNumThreads, 256, MaxLanes);

    /// <summary>Both sites' finishing points by position (index 0 unused, 0 past the table), DraftKings then FanDuel.</summary>
    private static int[] FinishPoints(RaceInputs race) =>
        [.. new[] { race.DraftKings, race.FanDuel }.SelectMany(table => Enumerable.Range(0, race.Drivers + 1).Select(finish => finish == 0 ? 0 : table.FinishPointsAt(finish)))];
}
