using RaceOptimizer.Core.History;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// The CPU's <see cref="IRaceState"/>: plain arrays indexed by driver, preallocated once per worker and reused for each
/// of its races. Only references are kept here, so copies of this struct all see the same race.
/// </summary>
internal readonly struct RaceState : IRaceState
{
    private const int RunningAt = 0, ExitsAt = 1, LapsRunAt = 2, GreenLapsAt = 3, CautionsAt = 4;

    private readonly int[] start, tireAge, nextStop, order, lapsDown, pendingCar;
    private readonly int[] lapsLed, fastestLaps, lapsCompleted, finish, exitSequence, draftKings, fanDuel, counters;
    private readonly double[] pace, elapsed, lapTime, keys;
    private readonly byte[] pendingKind;
    private readonly FinishStatus[] status;

    public RaceState(int drivers)
    {
        (start, tireAge, nextStop, order, lapsDown) = (new int[drivers], new int[drivers], new int[drivers], new int[drivers], new int[drivers]);
        (pendingCar, pendingKind) = (new int[2 * drivers], new byte[2 * drivers]);
        (lapsLed, fastestLaps, lapsCompleted, finish) = (new int[drivers], new int[drivers], new int[drivers], new int[drivers]);
        (exitSequence, draftKings, fanDuel) = (new int[drivers], new int[drivers], new int[drivers]);
        (pace, elapsed, lapTime, keys) = (new double[drivers], new double[drivers], new double[drivers], new double[drivers]);
        status = new FinishStatus[drivers];
        counters = new int[CautionsAt + 1];
    }

    /// <summary>What the race just run left for the tally and the points matrices.</summary>
    public RaceOutcome Outcome => new(finish, status, lapsLed, fastestLaps, draftKings, fanDuel, LapsRun, Cautions);

    public ref int Start(int car) => ref start[car];

    public ref double Pace(int car) => ref pace[car];

    public ref double Elapsed(int car) => ref elapsed[car];

    public ref double LapTime(int car) => ref lapTime[car];

    public ref int TireAge(int car) => ref tireAge[car];

    public ref int NextStop(int car) => ref nextStop[car];

    public ref int Order(int position) => ref order[position];

    public ref double Key(int car) => ref keys[car];

    public ref int LapsDown(int car) => ref lapsDown[car];

    public ref int PendingCar(int index) => ref pendingCar[index];

    public ref byte PendingKind(int index) => ref pendingKind[index];

    public ref int LapsLed(int car) => ref lapsLed[car];

    public ref int FastestLaps(int car) => ref fastestLaps[car];

    public ref int LapsCompleted(int car) => ref lapsCompleted[car];

    public ref int Finish(int car) => ref finish[car];

    public ref int ExitSequence(int car) => ref exitSequence[car];

    public ref FinishStatus Status(int car) => ref status[car];

    public ref int DraftKings(int car) => ref draftKings[car];

    public ref int FanDuel(int car) => ref fanDuel[car];

    public ref int Running => ref counters[RunningAt];

    public ref int Exits => ref counters[ExitsAt];

    public ref int LapsRun => ref counters[LapsRunAt];

    public ref int GreenLaps => ref counters[GreenLapsAt];

    public ref int Cautions => ref counters[CautionsAt];
}
