using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Optimization;

public class OptimalLineupTests
{
    [Theory]
    [InlineData(Site.DraftKings, 12)]
    [InlineData(Site.FanDuel, 11)]
    public void Each_race_counts_the_lineup_brute_force_finds_best(Site site, int drivers)
    {
        var slate = OptimizerSlates.Small(drivers, seed: 3, site);
        var points = Simulate(slate, races: 300);
        var lineups = OptimizerSlates.AllLineups(new LineupSpace(slate, LineupRules.None));

        var share = OptimalLineups.Share(slate, points, TestContext.Current.CancellationToken)!;

        var expected = new double[drivers];
        for (var race = 0; race < points.Simulations; race++)
        {
            var row = points.Row(race).ToArray();
            // The best total; among equals the lineup a candidate ranks first (the lowest mask).
            var best = lineups.OrderByDescending(l => LineupSpace.Drivers(l).Sum(d => row[d])).ThenBy(l => l).First();
            foreach (var driver in LineupSpace.Drivers(best))
            {
                expected[driver] += 1.0 / points.Simulations;
            }
        }

        Assert.Equal(expected, share, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(ContestRules.For(site).RosterSize, share.Sum(), 9);
    }

    [Fact]
    public void A_driver_the_grid_leaves_out_is_in_no_optimal_lineup()
    {
        var slate = OptimizerSlates.Small(10, seed: 5);
        slate = slate with { Drivers = [.. slate.Drivers.Select((d, i) => i == 4 ? d : d with { Start = i < 4 ? i + 1 : i })] };

        var share = OptimalLineups.Share(slate, Simulate(slate, races: 100), TestContext.Current.CancellationToken)!;

        Assert.Equal(0, share[4]);
        Assert.Equal(6, share.Sum(), 9);
    }

    [Fact]
    public void A_slate_with_no_lineup_has_no_share()
    {
        var slate = OptimizerSlates.Small(10, seed: 5);
        slate = slate with { Drivers = [.. slate.Drivers.Select(d => d with { Salary = 20_000 })] };

        Assert.Null(OptimalLineups.Share(slate, Simulate(slate, races: 10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_slate_larger_than_the_optimizer_takes_has_no_share()
    {
        var slate = OptimizerSlates.Small(LineupSpace.MaxDrivers + 1, seed: 2);

        Assert.Null(OptimalLineups.Share(slate, Simulate(slate, races: 5), TestContext.Current.CancellationToken));
    }

    private static PointsMatrix Simulate(Slate slate, int races)
    {
        var race = SlateRace.Of(slate, DriverStrengths.ForSlate(slate, null, StrengthBlend.Even), null);
        var result = race.ToSlate(RaceSimulator.Default.Run(race.Setup, new SimulationOptions(races, Seed: 4, KeepPointsMatrix: true), null, TestContext.Current.CancellationToken));
        return slate.Site == Site.DraftKings ? result.DraftKings! : result.FanDuel!;
    }
}
