using ILGPU;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// Core's <see cref="IRaceInputs"/> over device memory: the same compiled race (<see cref="RaceInputs"/>), its
/// per-driver arrays, the normal table and the finishing points copied once per run.
/// </summary>
/// <param name="startsAtRear">1 for a car that lines up at the rear, else 0 (an int: device memory has no bool).</param>
internal readonly struct DeviceRaceInputs(
    RaceInputs race,
    ArrayView<double> strength,
    ArrayView<double> basePace,
    ArrayView<double> gridPace,
    ArrayView<int> starts,
    ArrayView<int> startsAtRear,
    ArrayView<double> leadPace,
    ArrayView<uint> incidentBelow,
    ArrayView<uint> failureBelow,
    ArrayView<double> normals,
    ArrayView<int> finishPoints) : IRaceInputs
{
    // Kernel parameters hold only plain values and views: the model is copied, the draws-starts flag is an int.
    private readonly int drawsStarts = race.Starts is null ? 1 : 0;
    private readonly ScoringRates draftKings = race.DraftKings.Rates, fanDuel = race.FanDuel.Rates;

    public int Drivers { get; } = race.Drivers;

    public int ScheduledLaps { get; } = race.ScheduledLaps;

    public int StageOneLap { get; } = race.StageOneLap;

    public int StageTwoLap { get; } = race.StageTwoLap;

    public TrackTypeModel Model { get; } = race.Model;

    public bool DrawsStarts => drawsStarts != 0;

    public int Start(int car) => starts[car];

    public bool StartsAtRear(int car) => startsAtRear[car] != 0;

    public double Strength(int car) => strength[car];

    public double BasePace(int car) => basePace[car];

    public double GridPace(int position) => gridPace[position];

    public double LeadPace(int car) => leadPace[car];

    public uint IncidentBelow(int car) => incidentBelow[car];

    public uint FailureBelow(int car) => failureBelow[car];

    public double Normal(int index) => normals[index];

    public int DraftKingsPoints(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted) =>
        draftKings.Total(finishPoints[finish], start, finish, lapsLed, fastestLaps, lapsCompleted);

    public int FanDuelPoints(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted) =>
        fanDuel.Total(finishPoints[Drivers + 1 + finish], start, finish, lapsLed, fastestLaps, lapsCompleted);
}
