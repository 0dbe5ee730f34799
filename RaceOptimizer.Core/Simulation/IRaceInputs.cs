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

    double Strength(int car);

    double BasePace(int car);

    double GridPace(int position);

    /// <summary>Entry <paramref name="index"/> of <see cref="Random.NormalDistribution.Table"/>.</summary>
    double Normal(int index);

    int DraftKingsPoints(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted);

    int FanDuelPoints(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted);
}
