using RaceOptimizer.Core.History;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Everything one simulated race reads and writes, preallocated once per worker and reused for each of its races: plain
/// arrays indexed by driver (or by running position for <see cref="Order"/>), the layout a GPU kernel mirrors.
/// </summary>
internal sealed class RaceState(int drivers)
{
    // Set at the start of each race; a damaged car's pace slows for the rest of it.
    public readonly int[] Start = new int[drivers];
    public readonly double[] Pace = new double[drivers];

    // The race as it runs.
    public readonly double[] Elapsed = new double[drivers];
    public readonly double[] LapTime = new double[drivers];
    public readonly int[] TireAge = new int[drivers];
    public readonly int[] NextStop = new int[drivers];

    /// <summary>Drivers by running position: the first <see cref="Running"/> entries are the cars still in the race.</summary>
    public readonly int[] Order = new int[drivers];

    /// <summary>Scratch: sort keys, laps down at a caution, incidents waiting to be applied at the end of a lap.</summary>
    public readonly double[] Keys = new double[drivers];
    public readonly int[] LapsDown = new int[drivers];
    public readonly int[] PendingCar = new int[2 * drivers];
    public readonly byte[] PendingKind = new byte[2 * drivers];

    // Outcomes.
    public readonly int[] LapsLed = new int[drivers];
    public readonly int[] FastestLaps = new int[drivers];
    public readonly int[] LapsCompleted = new int[drivers];
    public readonly int[] Finish = new int[drivers];
    public readonly int[] ExitSequence = new int[drivers];
    public readonly FinishStatus[] Status = new FinishStatus[drivers];
    public readonly int[] DraftKings = new int[drivers];
    public readonly int[] FanDuel = new int[drivers];

    public int Running;
    public int Exits;
    public int LapsRun;
    public int GreenLaps;
    public int Cautions;
}
