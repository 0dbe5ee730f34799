using System.Numerics;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Portfolios;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>The rules DFS players add to a portfolio: groups of drivers, a lineup's ownership floor, and the trio limit.</summary>
public class LineupGroupTests
{
    [Fact]
    public void The_walk_visits_exactly_the_lineups_inside_every_group_and_the_ownership_bounds()
    {
        var slate = OptimizerSlates.Small(drivers: 14, seed: 3);
        var rules = new LineupRules([], [2])
        {
            MinOwnership = 90,
            Groups = [new LineupGroup([0, 1, 4, 5], AtLeast: 2, AtMost: 3), new LineupGroup([6, 7, 8], AtLeast: 0, AtMost: 1)],
        };
        var space = new LineupSpace(slate, rules);

        var walked = space.Lineups().Order().ToList();

        Assert.NotEmpty(walked);
        Assert.Equal(OptimizerSlates.AllLineups(space).Order(), walked);
        Assert.All(walked, lineup => Assert.InRange(BitOperations.PopCount(lineup & 0b110011UL), 2, 3));
        Assert.All(walked, lineup => Assert.True(space.OwnershipOf(lineup) >= 90 - 1e-9));
    }

    [Fact]
    public void The_best_lineups_by_mean_keep_a_stack_of_two_from_the_group_on_the_real_slate()
    {
        var slate = OptimizerSlates.BrickyardDraftKings();
        var group = new LineupGroup([.. Enumerable.Range(0, slate.Drivers.Count).Where(i => slate.Drivers[i].Name is "Kyle Larson" or "William Byron" or "Chase Elliott" or "Alex Bowman")], AtLeast: 2, AtMost: 2);
        var rules = new LineupRules([], []) { Groups = [group] };

        var result = LineupOptimizer.Optimize(new OptimizeRequest(slate, Objective.Mean, new PortfolioRules(20, MinUniqueDrivers: 2), rules), TestContext.Current.CancellationToken);

        Assert.Equal(4, group.Drivers.Count);
        Assert.Equal(20, result.Lineups.Count);
        Assert.All(result.Lineups, l => Assert.Equal(2, l.Drivers.Count(group.Drivers.Contains)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void No_three_drivers_are_together_in_more_lineups_than_the_trio_limit(int minUniqueDrivers)
    {
        var slate = OptimizerSlates.BrickyardDraftKings();
        var portfolio = new PortfolioRules(40, minUniqueDrivers) { MaxTrioLineups = 3 };

        var result = LineupOptimizer.Optimize(new OptimizeRequest(slate, Objective.Mean, portfolio), TestContext.Current.CancellationToken);
        var unlimited = LineupOptimizer.Optimize(new OptimizeRequest(slate, Objective.Mean, portfolio with { MaxTrioLineups = null }), TestContext.Current.CancellationToken);

        Assert.Equal(40, result.Lineups.Count);
        var trios = result.Lineups.SelectMany(l => Trios(l.Drivers)).CountBy(t => t).ToList();
        Assert.All(trios, trio => Assert.True(trio.Value <= 3, $"a trio is in {trio.Value} lineups"));
        Assert.Contains(unlimited.Lineups.SelectMany(l => Trios(l.Drivers)).CountBy(t => t), trio => trio.Value > 3);
    }

    [Fact]
    public void Groups_that_cannot_be_met_are_refused_naming_the_group()
    {
        var slate = OptimizerSlates.Small(drivers: 10);
        LineupRules WithGroup(LineupGroup group, params int[] excludes) => new([0], excludes) { Groups = [new LineupGroup([5], 0, 1), group] };

        var tooMany = Refused(slate, WithGroup(new LineupGroup([1, 2, 3], AtLeast: 7, AtMost: 7)));
        var locked = Refused(slate, WithGroup(new LineupGroup([0, 1], AtLeast: 0, AtMost: 0)));
        var excluded = Refused(slate, WithGroup(new LineupGroup([1, 2], AtLeast: 2, AtMost: 2), 2));
        var floor = Refused(slate, new LineupRules([], [], MaxOwnership: 50) { MinOwnership = 60 });

        Assert.Equal(("groups[1]", "groups[1]", "groups[1]", "minOwnership"), (tooMany.Constraint, locked.Constraint, excluded.Constraint, floor.Constraint));
        Assert.Contains("at least 7", tooMany.Message, StringComparison.Ordinal);
        Assert.Contains("locked into every lineup", locked.Message, StringComparison.Ordinal);
        Assert.Contains("Only 1 of the group's drivers can be picked", excluded.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<(int, int, int)> Trios(IReadOnlyList<int> drivers) =>
        from a in drivers from b in drivers from c in drivers where a < b && b < c select (a, b, c);

    private static InfeasibleConstraintException Refused(Core.Slates.Slate slate, LineupRules rules) =>
        Assert.Throws<InfeasibleConstraintException>(() => LineupOptimizer.CheckFeasible(new OptimizeRequest(slate, Objective.Mean, new PortfolioRules(5), rules)));
}
