namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// What <see cref="RaceEngine{TInputs, TState}"/> reads of a race: the same numbers whether they sit in managed arrays
/// (<see cref="ManagedRaceInputs"/>) or in a GPU's memory. Implementations are structs, so the JIT and ILGPU both compile
/// the engine for each one with every call inlined.
/// </summary>
internal interface IRaceInputs
{
    int Drivers { get; }

    int ScheduledLaps { get; }

    int StageOneLap { get; }

    int StageTwoLap { get; }

    TrackTypeModel Model { get; }

    /// <summary>True when no grid was given and each simulation draws one.</summary>
    bool DrawsStarts { get; }

    /// <summary>A car's qualified position (1-based); only read when <see cref="DrawsStarts"/> is false.</summary>
    int Start(int car);

    /// <summary>True when the car lines up behind every car that does not, whatever its qualified (or drawn) position.</summary>
    bool StartsAtRear(int car);

    double Strength(int car);

    double BasePace(int car);

    double GridPace(int position);

    /// <summary>Seconds a lap the car gains while leading, in clean air (its lead ability).</summary>
    double LeadPace(int car);

    /// <summary>A green lap's uniform 32-bit draw below this is a single-car incident for the car.</summary>
    uint IncidentBelow(int car);

    /// <summary>A draw at or above <see cref="IncidentBelow"/> and below this is a mechanical failure.</summary>
    uint FailureBelow(int car);

    /// <summary>Entry <paramref name="index"/> of <see cref="Random.NormalDistribution.Table"/>.</summary>
    double Normal(int index);

    int DraftKingsPoints(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted);

    int FanDuelPoints(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted);
}
