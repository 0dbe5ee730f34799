namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// A range of one seed's races as a CPU or a worker ran them: the tally's totals in <see cref="TallyLayout"/>'s flat
/// arrays and, when the run keeps them, these races' rows of the points matrices (row 0 is race <see cref="RaceRange.First"/>).
/// Every total is an integer, so shards that tile a run add up to exactly the unsplit run's tally
/// (<see cref="RaceSimulator.Merge"/>), in any order.
/// </summary>
public sealed class RaceShard
{
    internal RaceShard(RaceRange races, int[] counts, long[] sums, PointsMatrix? draftKings, PointsMatrix? fanDuel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(races.First);
        ArgumentOutOfRangeException.ThrowIfLessThan(races.Count, 1);
        if (new[] { draftKings, fanDuel }.OfType<PointsMatrix>().Any(matrix => matrix.Simulations != races.Count))
        {
            throw new ArgumentException($"A shard of {races.Count:N0} races keeps a points matrix of another size.");
        }

        (Races, Counts, Sums, DraftKings, FanDuel) = (races, counts, sums, draftKings, fanDuel);
    }

    public RaceRange Races { get; }

    /// <summary>These races' DraftKings points, when the run keeps them.</summary>
    public PointsMatrix? DraftKings { get; }

    /// <summary>These races' FanDuel points, when the run keeps them.</summary>
    public PointsMatrix? FanDuel { get; }

    internal int[] Counts { get; }

    internal long[] Sums { get; }
}
