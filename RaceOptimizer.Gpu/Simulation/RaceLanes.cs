using ILGPU;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// The device memory of one batch of simulated races, <see cref="Count"/> lanes of <see cref="Drivers"/> cars: views
/// only, so it can be a kernel parameter. <see cref="DeviceRaceState"/> says where each value of a lane lives.
/// </summary>
internal readonly struct RaceLanes(int drivers, int count, ArrayView<double> reals, ArrayView<int> work, ArrayView<byte> pendingKinds, ArrayView<int> outcomes, ArrayView<Core.History.FinishStatus> statuses, ArrayView<int> counters)
{
    // Working values, in driver-sized slots: doubles, then ints (pending cars take two slots, as in Core's state).
    public const int PaceAt = 0, ElapsedAt = 1, LapTimeAt = 2, KeyAt = 3, RealSlots = 4;
    public const int StartAt = 0, TireAgeAt = 1, NextStopAt = 2, OrderAt = 3, LapsDownAt = 4, LapsCompletedAt = 5, ExitSequenceAt = 6, PendingCarAt = 7, WorkSlots = 9;
    public const int PendingKindSlots = 2;

    // Outcomes, one block each of lanes x drivers, and five counters per lane.
    public const int FinishAt = 0, LapsLedAt = 1, FastestLapsAt = 2, DraftKingsAt = 3, FanDuelAt = 4, OutcomeBlocks = 5;
    public const int RunningAt = 0, ExitsAt = 1, LapsRunAt = 2, GreenLapsAt = 3, CautionsAt = 4, CounterCount = 5;

    public int Drivers { get; } = drivers;

    public int Count { get; } = count;

    public ArrayView<double> Reals { get; } = reals;

    public ArrayView<int> Work { get; } = work;

    public ArrayView<byte> PendingKinds { get; } = pendingKinds;

    public ArrayView<int> Outcomes { get; } = outcomes;

    public ArrayView<Core.History.FinishStatus> Statuses { get; } = statuses;

    public ArrayView<int> Counters { get; } = counters;
}
