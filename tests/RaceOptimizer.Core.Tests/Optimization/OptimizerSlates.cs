using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>Slates and simulated points for optimizer tests: small random ones brute force can check, and the real DK Cup export.</summary>
internal static class OptimizerSlates
{
    public static Slate Small(int drivers = 12, int seed = 1, Site site = Site.DraftKings)
    {
        var random = new System.Random(seed);
        return new Slate("small", "small", site, Race, [.. Enumerable.Range(0, drivers).Select(i => new SlateDriver(
            $"Driver {i}",
            $"{1000 + i}",
            Salary: 5_000 + (random.Next(0, 13) * 500),
            Projection: Math.Round(10 + (random.NextDouble() * 50), 2),
            Ownership: Math.Round(random.NextDouble() * 40, 1)))]);
    }

    /// <summary>Random points (hundredths) with a driver-specific mean and heavy right tail, like fantasy scores.</summary>
    public static SimulatedPoints Points(int drivers, int simulations, int seed = 7)
    {
        var random = new System.Random(seed);
        return new SimulatedPoints([.. Enumerable.Range(0, drivers).Select(d =>
        {
            var mean = 1_000 + (d * 150);
            return Enumerable.Range(0, simulations).Select(_ => mean + (int)(-Math.Log(1 - random.NextDouble()) * 1_500) - 1_200).ToArray();
        })]);
    }

    public static Slate BrickyardDraftKings() => Brickyard("dk-salaries-cup-brickyard-400.csv", DraftKingsSalaryFile.Read);

    public static Slate BrickyardFanDuel() => Brickyard("fd-players-cup-brickyard-400.csv", FanDuelPlayerFile.Read);

    private static Slate Brickyard(string file, Func<Stream, string, ImportResult<SalaryList>> read)
    {
        using var stream = TestFiles.Shared(file);
        var list = read(stream, file).Value!;
        return new Slate("brickyard", "Brickyard 400", list.Site, Race, [.. list.Drivers.Select(d => new SlateDriver(d.Name, d.SiteId, d.Salary, AvgPointsPerGame: d.AvgPointsPerGame))]);
    }

    /// <summary>Every lineup of the space, by brute force over all combinations.</summary>
    public static List<ulong> AllLineups(LineupSpace space)
    {
        var all = new List<ulong>();
        var n = space.Slate.Drivers.Count;
        void Choose(int from, int left, ulong mask)
        {
            if (left == 0)
            {
                if ((mask & space.LockedMask) == space.LockedMask && Excluded(space, mask) == 0
                    && space.SalaryOf(mask) >= space.SalaryMin && space.SalaryOf(mask) <= space.SalaryMax
                    && space.OwnershipOf(mask) <= space.OwnershipMax + 1e-9 && space.OwnershipOf(mask) >= space.OwnershipMin - 1e-9
                    && space.Rules.Groups.All(g => System.Numerics.BitOperations.PopCount(mask & g.Mask) is var taken && taken >= g.AtLeast && taken <= g.AtMost))
                {
                    all.Add(mask);
                }

                return;
            }

            for (var d = from; d <= n - left; d++)
            {
                Choose(d + 1, left - 1, mask | (1UL << d));
            }
        }

        Choose(0, space.Contest.RosterSize, 0);
        return all;
    }

    private static ulong Excluded(LineupSpace space, ulong mask) => LineupSpace.MaskOf(space.Rules.Excludes) & mask;

    private static Race Race => new("Test 400", Series.Cup, "Kansas Speedway", TrackType.Intermediate, 267, new DateOnly(2026, 5, 10));
}
