using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Tests.Evaluation;

/// <summary>Random points and lineups for comparing a kernel with Core: negative points, ties and short lineups included.</summary>
internal static class RandomLineups
{
    public static SimulatedPoints Points(Random random, int drivers, int simulations, int low = -300, int high = 9_000) =>
        new([.. Enumerable.Range(0, drivers).Select(_ => Enumerable.Range(0, simulations).Select(_ => random.Next(low, high)).ToArray())]);

    public static ulong[] Lineups(Random random, int drivers, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Lineup(random, drivers, size: random.Next(5, 7)))];

    private static ulong Lineup(Random random, int drivers, int size)
    {
        var lineup = 0UL;
        while (System.Numerics.BitOperations.PopCount(lineup) < size)
        {
            lineup |= 1UL << random.Next(drivers);
        }

        return lineup;
    }
}
