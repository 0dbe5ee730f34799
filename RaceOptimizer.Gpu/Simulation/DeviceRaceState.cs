using ILGPU;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// Core's <see cref="IRaceState"/> for one GPU thread (one lane of a batch, one simulation). The race's working values
/// are laid out value by value with the lanes innermost, so neighbouring threads touch neighbouring memory; the
/// outcomes the host reads back are laid out one simulation per row, ready to be read as spans.
/// </summary>
internal readonly struct DeviceRaceState(RaceLanes lanes, int lane) : IRaceState
{
    public ref int Start(int car) => ref lanes.Work[Working(RaceLanes.StartAt, car)];

    public ref double Pace(int car) => ref lanes.Reals[Working(RaceLanes.PaceAt, car)];

    public ref double Elapsed(int car) => ref lanes.Reals[Working(RaceLanes.ElapsedAt, car)];

    public ref double LapTime(int car) => ref lanes.Reals[Working(RaceLanes.LapTimeAt, car)];

    public ref int TireAge(int car) => ref lanes.Work[Working(RaceLanes.TireAgeAt, car)];

    public ref int NextStop(int car) => ref lanes.Work[Working(RaceLanes.NextStopAt, car)];

    public ref int Order(int position) => ref lanes.Work[Working(RaceLanes.OrderAt, position)];

    public ref double Key(int car) => ref lanes.Reals[Working(RaceLanes.KeyAt, car)];

    public ref int LapsDown(int car) => ref lanes.Work[Working(RaceLanes.LapsDownAt, car)];

    public ref int PendingCar(int index) => ref lanes.Work[Working(RaceLanes.PendingCarAt, index)];

    public ref byte PendingKind(int index) => ref lanes.PendingKinds[Working(0, index)];

    public ref int LapsCompleted(int car) => ref lanes.Work[Working(RaceLanes.LapsCompletedAt, car)];

    public ref int ExitSequence(int car) => ref lanes.Work[Working(RaceLanes.ExitSequenceAt, car)];

    public ref int LapsLed(int car) => ref lanes.Outcomes[Outcome(RaceLanes.LapsLedAt, car)];

    public ref int FastestLaps(int car) => ref lanes.Outcomes[Outcome(RaceLanes.FastestLapsAt, car)];

    public ref int Finish(int car) => ref lanes.Outcomes[Outcome(RaceLanes.FinishAt, car)];

    public ref int DraftKings(int car) => ref lanes.Outcomes[Outcome(RaceLanes.DraftKingsAt, car)];

    public ref int FanDuel(int car) => ref lanes.Outcomes[Outcome(RaceLanes.FanDuelAt, car)];

    public ref FinishStatus Status(int car) => ref lanes.Statuses[((long)lane * lanes.Drivers) + car];

    public ref int Running => ref lanes.Counters[Counter(RaceLanes.RunningAt)];

    public ref int Exits => ref lanes.Counters[Counter(RaceLanes.ExitsAt)];

    public ref int LapsRun => ref lanes.Counters[Counter(RaceLanes.LapsRunAt)];

    public ref int GreenLaps => ref lanes.Counters[Counter(RaceLanes.GreenLapsAt)];

    public ref int Cautions => ref lanes.Counters[Counter(RaceLanes.CautionsAt)];

    /// <summary>Working value <paramref name="index"/> of the block starting at driver slot <paramref name="slot"/>: lanes innermost.</summary>
    private long Working(int slot, int index) => (((long)slot * lanes.Drivers) + index) * lanes.Count + lane;

    /// <summary>Outcome block <paramref name="block"/>, this lane's row, the driver's column.</summary>
    private long Outcome(int block, int car) => ((((long)block * lanes.Count) + lane) * lanes.Drivers) + car;

    private long Counter(int counter) => ((long)lane * RaceLanes.CounterCount) + counter;
}
