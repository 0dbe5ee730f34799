using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Simulation;

/// <summary>The CPU's <see cref="IRaceInputs"/>: a compiled <see cref="RaceInputs"/>, its arrays held directly so the lap loop reaches them in one step.</summary>
internal readonly struct ManagedRaceInputs(RaceInputs input) : IRaceInputs
{
    private readonly double[] strength = input.Strength, basePace = input.BasePace, gridPace = input.GridPace, leadPace = input.LeadPace, normals = NormalDistribution.TableValues;
    private readonly uint[] incidentBelow = input.IncidentBelow, failureBelow = input.FailureBelow;
    private readonly bool[] startsAtRear = input.StartsAtRear;
    private readonly int[]? starts = input.Starts;
    private readonly ScoringTable draftKings = input.DraftKings, fanDuel = input.FanDuel;

    public int Drivers { get; } = input.Drivers;

    public int ScheduledLaps { get; } = input.ScheduledLaps;

    public int StageOneLap { get; } = input.StageOneLap;

    public int StageTwoLap { get; } = input.StageTwoLap;

    public TrackTypeModel Model { get; } = input.Model;

    public bool DrawsStarts => starts is null;

    public int Start(int car) => starts![car];

    public bool StartsAtRear(int car) => startsAtRear[car];

    public double Strength(int car) => strength[car];

    public double BasePace(int car) => basePace[car];

    public double GridPace(int position) => gridPace[position];

    public double LeadPace(int car) => leadPace[car];

    public uint IncidentBelow(int car) => incidentBelow[car];

    public uint FailureBelow(int car) => failureBelow[car];

    public double Normal(int index) => normals[index];

    public int DraftKingsPoints(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted) =>
        draftKings.TotalHundredths(start, finish, lapsLed, fastestLaps, lapsCompleted);

    public int FanDuelPoints(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted) =>
        fanDuel.TotalHundredths(start, finish, lapsLed, fastestLaps, lapsCompleted);
}
