using RaceOptimizer.Core.History;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Everything one simulated race reads and writes, as references the engine updates in place: per driver (or per
/// running position for <see cref="Order"/>), plus a few counters. <see cref="RaceState"/> keeps them in managed
/// arrays; a GPU kernel keeps them in device memory, laid out for its threads.
/// </summary>
internal interface IRaceState
{
    // Set at the start of each race; a damaged car's pace slows for the rest of it.
    ref int Start(int car);

    ref double Pace(int car);

    // The race as it runs.
    ref double Elapsed(int car);

    ref double LapTime(int car);

    ref int TireAge(int car);

    ref int NextStop(int car);

    /// <summary>Drivers by running position: the first <see cref="Running"/> entries are the cars still in the race.</summary>
    ref int Order(int position);

    // Scratch: sort keys, laps down at a caution, incidents waiting to be applied at the end of a lap (2 per driver).
    ref double Key(int car);

    ref int LapsDown(int car);

    ref int PendingCar(int index);

    ref byte PendingKind(int index);

    // Outcomes.
    ref int LapsLed(int car);

    ref int FastestLaps(int car);

    ref int LapsCompleted(int car);

    ref int Finish(int car);

    ref int ExitSequence(int car);

    ref FinishStatus Status(int car);

    ref int DraftKings(int car);

    ref int FanDuel(int car);

    ref int Running { get; }

    ref int Exits { get; }

    ref int LapsRun { get; }

    ref int GreenLaps { get; }

    ref int Cautions { get; }
}
