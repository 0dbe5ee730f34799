using RaceOptimizer.Core.History;

namespace RaceOptimizer.Core.Simulation;

/// <summary>One driver's race in one simulation. Points are in hundredths, as <see cref="Scoring.ScoringTable"/> keeps them.</summary>
public sealed record SimulatedDriver(
    string Name,
    int Start,
    int Finish,
    int LapsLed,
    int FastestLaps,
    int LapsCompleted,
    FinishStatus Status,
    int DraftKingsHundredths,
    int FanDuelHundredths);

/// <summary>One simulated race in full: what tests check the invariants on and what a GPU run is compared with.</summary>
/// <param name="Drivers">In the setup's order.</param>
/// <param name="Laps">Laps run, overtime included: laps led add up to it.</param>
/// <param name="GreenLaps">Laps run under green: the only laps a fastest lap is counted on.</param>
public sealed record SimulatedRace(IReadOnlyList<SimulatedDriver> Drivers, int Laps, int GreenLaps, int Cautions)
{
    internal static SimulatedRace From(RaceSetup setup, ref RaceState state)
    {
        var drivers = new SimulatedDriver[setup.Drivers.Count];
        for (var i = 0; i < drivers.Length; i++)
        {
            drivers[i] = new SimulatedDriver(
                setup.Drivers[i].Name, state.Start(i), state.Finish(i), state.LapsLed(i), state.FastestLaps(i), state.LapsCompleted(i), state.Status(i), state.DraftKings(i), state.FanDuel(i));
        }

        return new(drivers, state.LapsRun, state.GreenLaps, state.Cautions);
    }
}
