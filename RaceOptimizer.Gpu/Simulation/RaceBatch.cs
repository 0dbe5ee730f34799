using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// Device buffers for one batch of races, allocated once per run and reused by every batch. The races are tallied on
/// the device (<see cref="TallyKernel"/>); only the points matrices, when a run keeps them, are copied back batch by batch.
/// </summary>
internal sealed class RaceBatch : IDisposable
{
    private readonly MemoryBuffer1D<double, Stride1D.Dense> reals;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> work;
    private readonly MemoryBuffer1D<byte, Stride1D.Dense> pendingKinds;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> outcomes;
    private readonly MemoryBuffer1D<FinishStatus, Stride1D.Dense> statuses;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> counters;
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
        View = new RaceLanes(drivers, lanes, reals.View, work.View, pendingKinds.View, outcomes.View, statuses.View, counters.View);
    }

    public int Lanes { get; }

    public RaceLanes View { get; }

    /// <summary>
    /// Copies the last batch's points into the matrices' rows <paramref name="first"/> on; waits for the kernels.
    /// A lane's points are a row of the block, lane after lane, which is the matrix's own layout: one copy per site.
    /// </summary>
    public void CopyPoints(int first, int races, PointsMatrix draftKings, PointsMatrix fanDuel)
    {
        Block(RaceLanes.DraftKingsAt, races).CopyToCPU(draftKings.Rows(first, races));
        Block(RaceLanes.FanDuelAt, races).CopyToCPU(fanDuel.Rows(first, races));
    }

    public void Dispose()
    {
        reals.Dispose();
        work.Dispose();
        pendingKinds.Dispose();
        outcomes.Dispose();
        statuses.Dispose();
        counters.Dispose();
    }

    private ArrayView<int> Block(int block, int races) => View.Outcomes.SubView((long)block * Lanes * drivers, (long)races * drivers);
}
