using System.Numerics;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Portfolios;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>Portfolios on the real DraftKings Cup export keep their constraints exactly; small ones match brute force.</summary>
public class PortfolioTests
{
    [Fact]
    public void Exchanges_never_fall_below_the_greedy_portfolio_where_each_lineup_is_the_best_that_differs_enough()
    {
        var slate = OptimizerSlates.Small();
        var values = ProjectedPoints.Of(slate)!;
        var space = new LineupSpace(slate, LineupRules.None);
        var all = OptimizerSlates.AllLineups(space).OrderByDescending(l => LineupSpace.Drivers(l).Sum(d => values[d])).ThenBy(l => l).ToList();
        var expected = new List<ulong>();
        foreach (var lineup in all.Where(l => expected.Count < 20))
        {
            if (expected.All(other => BitOperations.PopCount(lineup & other) <= 4))
            {
                expected.Add(lineup);
            }
        }

        var result = Optimize(slate, new PortfolioRules(20, MinUniqueDrivers: 2));

        var masks = result.Lineups.Select(l => LineupSpace.MaskOf(l.Drivers)).ToList();
        long Sum(IEnumerable<ulong> lineups) => lineups.Sum(l => LineupSpace.Drivers(l).Sum(d => values[d]));
        Assert.True(Sum(masks) >= Sum(expected), $"{Sum(masks)} below the greedy {Sum(expected)}");
        Assert.Equal(20, masks.Distinct().Count());
        AssertApart(result, 2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_150_lineup_portfolio_on_the_Cup_export_keeps_its_uniqueness(int minUnique)
    {
        var slate = OptimizerSlates.BrickyardDraftKings();

        var result = Optimize(slate, new PortfolioRules(150, minUnique));

        var masks = result.Lineups.Select(l => LineupSpace.MaskOf(l.Drivers)).ToList();
        Assert.Equal(150, masks.Count);
        Assert.All(result.Lineups, l => Assert.InRange(l.Salary, 0, 50_000));
        for (var i = 0; i < masks.Count; i++)
        {
            for (var j = i + 1; j < masks.Count; j++)
            {
                Assert.True(6 - BitOperations.PopCount(masks[i] & masks[j]) >= minUnique, $"lineups {i} and {j} share too many drivers");
            }
        }

        Assert.True(result.Lineups.Zip(result.Lineups.Skip(1)).All(p => p.First.ProjectedPoints >= p.Second.ProjectedPoints), "without exposures lineups come best first");
    }

    [Fact]
    public void Two_drivers_apart_the_150_lineups_beat_the_greedy_sum_of_pydfs_lineup_optimizer()
    {
        var slate = OptimizerSlates.BrickyardDraftKings();

        var result = Optimize(slate, new PortfolioRules(150, 2));

        // 33,439.57 is the greedy portfolio (pydfs-lineup-optimizer's answer); exchanges raise it.
        Assert.True(result.Lineups.Sum(l => l.ProjectedPoints) > 33_439.57 + 1, $"sum {result.Lineups.Sum(l => l.ProjectedPoints):F2}");
        AssertApart(result, 2);
        Assert.Equal(150, result.Lineups.Select(l => LineupSpace.MaskOf(l.Drivers)).Distinct().Count());
    }

    [Fact]
    public void Exchanges_keep_exposures_locks_and_pair_limits()
    {
        var slate = OptimizerSlates.BrickyardDraftKings();
        var byProjection = Enumerable.Range(0, slate.Drivers.Count).OrderByDescending(d => slate.Drivers[d].AvgPointsPerGame).ToList();
        var (locked, capped, owed) = (byProjection[2], byProjection[0], byProjection[^6]);
        var exposures = new[] { new ExposureLimit(capped, Max: 0.4), new ExposureLimit(owed, Min: 0.2, Max: 0.3) };

        var result = Optimize(slate, new PortfolioRules(100, 2, exposures, MaxPairLineups: 40), new LineupRules([locked], []));

        int Count(int driver) => result.Lineups.Count(l => l.Drivers.Contains(driver));
        Assert.Equal(100, result.Lineups.Count);
        Assert.All(result.Lineups, l => Assert.Contains(locked, l.Drivers));
        Assert.InRange(Count(capped), 0, 40);
        Assert.InRange(Count(owed), 20, 30);
        var pairs = result.Lineups.SelectMany(l => l.Drivers.SelectMany(a => l.Drivers.Where(b => b > a).Select(b => (a, b)))).GroupBy(p => p);
        Assert.All(pairs, p => Assert.True(p.Count() <= 40, $"pair {p.Key} is in {p.Count()} lineups"));
        AssertApart(result, 2);
    }

    [Fact]
    public void FanDuel_lineups_hold_five_drivers_under_the_cap_by_FPPG()
    {
        var slate = OptimizerSlates.BrickyardFanDuel();

        var result = Optimize(slate, new PortfolioRules(150, 2));

        Assert.Equal(150, result.Lineups.Count);
        Assert.All(result.Lineups, l =>
        {
            Assert.Equal(5, l.Drivers.Count);
            Assert.Empty(Core.Scoring.ContestRules.FanDuel.Validate(new Core.Scoring.Lineup([.. l.Drivers.Select(d => slate.Drivers[d].SiteId)]), slate));
            Assert.True(Math.Abs(l.Drivers.Sum(d => slate.Drivers[d].AvgPointsPerGame!.Value) - l.ProjectedPoints) < 0.03); // projections count in hundredths
        });
    }

    [Fact]
    public void Exposures_are_met_exactly_and_spread_over_the_portfolio()
    {
        var slate = OptimizerSlates.BrickyardDraftKings();
        var byProjection = Enumerable.Range(0, slate.Drivers.Count).OrderByDescending(d => slate.Drivers[d].AvgPointsPerGame).ToList();
        var (star, second, sleeper) = (byProjection[0], byProjection[1], byProjection[^5]);
        var exposures = new[] { new ExposureLimit(star, Max: 0.3), new ExposureLimit(second, Min: 0.5, Max: 0.6), new ExposureLimit(sleeper, Min: 0.2, Max: 0.25) };

        var result = Optimize(slate, new PortfolioRules(150, 2, exposures, MaxPairLineups: 60));

        int Count(int driver, IEnumerable<OptimizedLineup> lineups) => lineups.Count(l => l.Drivers.Contains(driver));
        Assert.Equal(45, Count(star, result.Lineups)); // as many as allowed: he is the best driver
        Assert.InRange(Count(second, result.Lineups), 75, 90);
        Assert.InRange(Count(sleeper, result.Lineups), 30, 37);

        // Paced, not front-loaded: the star is in about as many of the first 50 lineups as of the last 50.
        Assert.InRange(Count(star, result.Lineups.Take(50)), 14, 16);
        Assert.InRange(Count(star, result.Lineups.TakeLast(50)), 14, 16);
        Assert.InRange(Count(sleeper, result.Lineups.Take(75)), 15, 19);

        var pairs = result.Lineups.SelectMany(l => l.Drivers.SelectMany(a => l.Drivers.Where(b => b > a).Select(b => (a, b)))).GroupBy(p => p);
        Assert.All(pairs, p => Assert.True(p.Count() <= 60, $"pair {p.Key} is in {p.Count()} lineups"));
        Assert.Equal(result.Lineups.Count, result.Lineups.Select(l => LineupSpace.MaskOf(l.Drivers)).Distinct().Count());
    }

    [Fact]
    public void Locks_excludes_and_the_salary_range_hold_in_every_lineup()
    {
        var slate = OptimizerSlates.BrickyardDraftKings();
        var rules = new LineupRules([3], [0, 1], SalaryMin: 49_500, SalaryMax: 50_000);

        var result = Optimize(slate, new PortfolioRules(100, 2), rules);

        Assert.All(result.Lineups, l =>
        {
            Assert.Contains(3, l.Drivers);
            Assert.DoesNotContain(0, l.Drivers);
            Assert.DoesNotContain(1, l.Drivers);
            Assert.InRange(l.Salary, 49_500, 50_000);
            Assert.Equal(l.Salary, l.Drivers.Sum(d => slate.Drivers[d].Salary));
        });
    }

    [Theory]
    [InlineData("exposures")]
    [InlineData("minUniqueDrivers")]
    [InlineData("salaryMin")]
    [InlineData("locks")]
    public void Infeasible_constraints_fail_at_once_naming_the_constraint(string constraint)
    {
        var slate = OptimizerSlates.BrickyardDraftKings();
        var (portfolio, rules) = constraint switch
        {
            "exposures" => (new PortfolioRules(10, 1, [.. Enumerable.Range(0, 8).Select(d => new ExposureLimit(d, Min: 0.9))]), LineupRules.None),
            "minUniqueDrivers" => (new PortfolioRules(10, 6), new LineupRules([1], [])),
            "salaryMin" => (new PortfolioRules(10), new LineupRules([], [], SalaryMin: 49_000, SalaryMax: 48_000)),
            _ => (new PortfolioRules(10), new LineupRules([0, 1, 2, 3, 4], [])),
        };

        var error = Assert.Throws<InfeasibleConstraintException>(() => Optimize(slate, portfolio, rules));

        Assert.Equal(constraint, error.Constraint);
    }

    [Fact]
    public void Asking_for_more_distinct_lineups_than_exist_names_the_rule_that_ran_out()
    {
        var slate = OptimizerSlates.Small(drivers: 8);

        var error = Assert.Throws<InfeasibleConstraintException>(() => Optimize(slate, new PortfolioRules(20, MinUniqueDrivers: 3)));

        Assert.Equal("minUniqueDrivers", error.Constraint);
        Assert.Contains("of 20 lineups", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Drivers_missing_from_the_grid_are_never_picked_and_cannot_be_locked()
    {
        var open = OptimizerSlates.Small(drivers: 10);
        var slate = open with { Drivers = [.. open.Drivers.Select((d, i) => d with { Start = i < 2 ? null : i - 1 })] };

        var result = Optimize(slate, new PortfolioRules(20, MinUniqueDrivers: 1));
        var error = Assert.Throws<InfeasibleConstraintException>(() => Optimize(slate, new PortfolioRules(1), new LineupRules([1], [])));

        Assert.All(result.Lineups, l => Assert.DoesNotContain(l.Drivers, d => d < 2));
        Assert.Equal("locks", error.Constraint);
        Assert.Contains("Driver 1 is not on the starting grid", error.Message, StringComparison.Ordinal);
    }

    private static void AssertApart(OptimizeResult result, int minUnique)
    {
        var masks = result.Lineups.Select(l => LineupSpace.MaskOf(l.Drivers)).ToList();
        for (var i = 0; i < masks.Count; i++)
        {
            for (var j = i + 1; j < masks.Count; j++)
            {
                Assert.True(6 - BitOperations.PopCount(masks[i] & masks[j]) >= minUnique, $"lineups {i} and {j} share too many drivers");
            }
        }
    }

    private static OptimizeResult Optimize(Core.Slates.Slate slate, PortfolioRules portfolio, LineupRules? rules = null) =>
        LineupOptimizer.Optimize(new OptimizeRequest(slate, Objective.Mean, portfolio, rules), TestContext.Current.CancellationToken);
}
