namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Races <see cref="First"/> to <see cref="End"/> - 1 of a run. Simulation i draws from stream (seed, i) whoever runs
/// it, so any range of a seed can run anywhere, and ranges that tile a run merge into it exactly
/// (<see cref="RaceSimulator.Merge"/>).
/// </summary>
public readonly record struct RaceRange(int First, int Count)
{
    public int End => First + Count;

    /// <summary>Every race of a run.</summary>
    public static RaceRange All(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(0, options.Simulations);
    }

    /// <summary>A run of <paramref name="simulations"/> races cut into <paramref name="shards"/> ranges in race order, their sizes within one race of each other.</summary>
    public static IReadOnlyList<RaceRange> Split(int simulations, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(simulations, shards);
        return [.. Enumerable.Range(0, shards).Select(shard => Between(Bound(simulations, shards, shard), Bound(simulations, shards, shard + 1)))];
    }

    private static int Bound(int simulations, int shards, int shard) => (int)((long)simulations * shard / shards);

    private static RaceRange Between(int first, int end) => new(first, end - first);
}
