namespace RaceOptimizer.Core.Simulation;

/// <param name="Simulations">How many races to simulate.</param>
/// <param name="Seed">The same seed gives the same results, whatever the thread count.</param>
/// <param name="KeepPointsMatrix">Keep every simulation's points per driver (simulations x drivers) for the optimizer's tournament objectives.</param>
public sealed record SimulationOptions(int Simulations, ulong Seed, bool KeepPointsMatrix = false)
{
    /// <summary>Threads to use; null for every core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
