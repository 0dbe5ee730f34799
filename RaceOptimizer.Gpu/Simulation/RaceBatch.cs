using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// Device buffers for one batch of races, allocated once per run and reused by every batch, and the host copies of
/// the outcomes that the tally and the points matrices read after each batch.
/// </summary>
internal sealed class RaceBatch : IDisposable
{
    private readonly MemoryBuffer1D<double, Stride1D.Dense> reals;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> work;
    private readonly MemoryBuffer1D<byte, Stride1D.Dense> pendingKinds;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> outcomes;
    private readonly MemoryBuffer1D<FinishStatus, Stride1D.Dense> statuses;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> counters;
    private readonly int[] hostOutcomes;
    private readonly FinishStatus[] hostStatuses;
    private readonly int[] hostCounters;
    private readonly int drivers;

    public RaceBatch(Accelerator accelerator, int drivers, int lanes)
    {
        (this.drivers, Lanes) = (drivers, lanes);
        var perSlot = (long)drivers * lanes;
        reals = accelerator.Allocate1D<double>(RaceLanes.RealSlots * perSlot);
        work = accelerator.Allocate1D<int>(RaceLanes.WorkSlots * perSlot);
        pendingKinds = accelerator.Allocate1D<byte>(RaceLanes.PendingKindSlots * perSlot);
        outcomes = accelerator.Allocate1D<int>(RaceLanes.OutcomeBlocks * perSlot);
        statuses = accelerator.Allocate1D<FinishStatus>(perSlot);
        counters = accelerator.Allocate1D<int>((long)RaceLanes.CounterCount * lanes);
        (hostOutcomes, hostStatuses, hostCounters) = (new int[outcomes.Length], new FinishStatus[statuses.Length], new int[counters.Length]);
        View = new RaceLanes(drivers, lanes, reals.View, work.View, pendingKinds.View, outcomes.View, statuses.View, counters.View);
    }

    public int Lanes { get; }

    public RaceLanes View { get; }

    /// <summary>Copies the last batch's outcomes to the host; waits for the kernel to finish.</summary>
    public void CopyOutcomes()
    {
        outcomes.View.CopyToCPU(hostOutcomes);
        statuses.View.CopyToCPU(hostStatuses);
        counters.View.CopyToCPU(hostCounters);
    }

    /// <summary>Lane <paramref name="lane"/>'s race, as copied by <see cref="CopyOutcomes"/>.</summary>
    public RaceOutcome Outcome(int lane) => new(
        Row(RaceLanes.FinishAt, lane),
        hostStatuses.AsSpan(lane * drivers, drivers),
        Row(RaceLanes.LapsLedAt, lane),
        Row(RaceLanes.FastestLapsAt, lane),
        Row(RaceLanes.DraftKingsAt, lane),
        Row(RaceLanes.FanDuelAt, lane),
        hostCounters[(lane * RaceLanes.CounterCount) + RaceLanes.LapsRunAt],
        hostCounters[(lane * RaceLanes.CounterCount) + RaceLanes.CautionsAt]);

    public void Dispose()
    {
        reals.Dispose();
        work.Dispose();
        pendingKinds.Dispose();
        outcomes.Dispose();
        statuses.Dispose();
        counters.Dispose();
    }

    private ReadOnlySpan<int> Row(int block, int lane) => hostOutcomes.AsSpan(((block * Lanes) + lane) * drivers, drivers);
}
