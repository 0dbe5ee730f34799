using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.Worker;

/// <summary>The body of `POST /simulations`: the race and how to simulate it, as Core's own types.</summary>
public sealed record SimulationRequest(RaceSetup Setup, int Simulations, ulong Seed, bool KeepPointsMatrix)
{
    public const int MaxSimulations = Contracts.Jobs.JobLimits.MaxSimulations;
}
