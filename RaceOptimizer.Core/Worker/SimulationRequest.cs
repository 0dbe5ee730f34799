using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.Worker;

/// <summary>
/// The body of `POST /simulations`: the race and how to simulate it, as Core's own types. The worker runs races
/// <paramref name="First"/> to <paramref name="First"/> + <paramref name="Simulations"/> - 1 of the seed, one shard of
/// a run (<see cref="RaceRange"/>), and answers their tally; a whole run starts at 0.
/// </summary>
public sealed record SimulationRequest(RaceSetup Setup, int Simulations, ulong Seed, bool KeepPointsMatrix, int First = 0)
{
    public const int MaxSimulations = Contracts.Jobs.JobLimits.MaxSimulations;

    /// <summary>Races within the run's limit, so a shard is a range of a run a job could ask for.</summary>
    public bool IsValid => Setup is not null && Simulations >= 1 && First >= 0 && (long)First + Simulations <= MaxSimulations;

    public RaceRange Races => new(First, Simulations);

    /// <summary>The run this request's races are a shard of, as far as the worker needs to know it.</summary>
    public SimulationOptions Run => new(First + Simulations, Seed, KeepPointsMatrix);
}
