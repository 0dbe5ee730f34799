using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Optimization.Portfolios;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>A rebuild keeps the lineups the player locked: they lead the portfolio as they were, and the rules count them.</summary>
public class KeptLineupTests
{
    private static readonly PayoutStructure Payouts = new(21, 10, [new PayoutTier(1, 1, 80), new PayoutTier(2, 3, 40), new PayoutTier(4, 6, 15)]);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public void Kept_lineups_lead_the_portfolio_unchanged_and_count_toward_its_lineups()
    {
        var slate = OptimizerSlates.Small();
        var kept = Weakest(slate, 2);

        // Two drivers apart: the exchanges run, and must leave the kept lineups where they are.
        var result = LineupOptimizer.Optimize(new OptimizeRequest(slate, Objective.Mean, new PortfolioRules(6, MinUniqueDrivers: 2) { Kept = kept }), Cancellation);

        var masks = Masks(result);
        Assert.Equal(6, masks.Count);
        Assert.Equal(kept, masks.Take(2));
        Assert.Equal(6, masks.Distinct().Count());
        var values = ProjectedPoints.Of(slate)!;
        Assert.Equal(LineupSpace.Drivers(kept[0]).Sum(d => values[d]) / 100.0, result.Lineups[0].Objective, 6);
    }

    [Fact]
    public void Kept_lineups_count_toward_a_driver_s_exposure()
    {
        var slate = OptimizerSlates.Small();
        var space = new LineupSpace(slate, LineupRules.None);
        var driver = 0;
        var kept = OptimizerSlates.AllLineups(space).Where(l => (l & 1UL) != 0).Take(3).ToArray();

        var result = LineupOptimizer.Optimize(
            new OptimizeRequest(slate, Objective.Mean, new PortfolioRules(6, Exposures: [new ExposureLimit(driver, Max: 0.5)]) { Kept = kept }), Cancellation);

        Assert.Equal(kept, Masks(result).Take(3));
        Assert.Equal(3, result.Lineups.Count(l => l.Drivers.Contains(driver)));
    }

    [Fact]
    public void An_exposure_cap_the_kept_lineups_break_alone_names_the_driver()
    {
        var slate = OptimizerSlates.Small();
        var kept = OptimizerSlates.AllLineups(new LineupSpace(slate, LineupRules.None)).Where(l => (l & 1UL) != 0).Take(3).ToArray();
        var request = new OptimizeRequest(slate, Objective.Mean, new PortfolioRules(6, Exposures: [new ExposureLimit(0, Max: 0.34)]) { Kept = kept });

        var refused = Assert.Throws<InfeasibleConstraintException>(() => LineupOptimizer.Optimize(request, Cancellation));

        Assert.Equal("exposures", refused.Constraint);
        Assert.Contains($"{slate.Drivers[0].Name} is in 3 kept lineups, over his maximum of 2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_lineup_must_be_a_lineup_of_the_slate_and_fit_the_portfolio()
    {
        var slate = OptimizerSlates.Small();
        var lineup = Weakest(slate, 1)[0];
        var excluded = LineupSpace.Drivers(lineup).First();
        var expensive = LineupSpace.MaskOf(Enumerable.Range(0, slate.Drivers.Count).OrderByDescending(d => slate.Drivers[d].Salary).Take(6));
        string Refused(PortfolioRules rules, LineupRules? lineups = null) =>
            Assert.Throws<InfeasibleConstraintException>(() => LineupOptimizer.CheckFeasible(new OptimizeRequest(slate, Objective.Mean, rules, lineups))).Constraint;

        Assert.Equal("keepLineups[0]", Refused(new PortfolioRules(2) { Kept = [lineup & (lineup - 1)] }));
        Assert.Equal("keepLineups[0]", Refused(new PortfolioRules(2) { Kept = [expensive] }));
        Assert.Equal("keepLineups[0]", Refused(new PortfolioRules(2) { Kept = [lineup] }, new LineupRules([], [excluded])));
        Assert.Equal("keepLineups[1]", Refused(new PortfolioRules(2) { Kept = [lineup, lineup] }));
        Assert.Equal("keepLineups", Refused(new PortfolioRules(1) { Kept = [lineup, Weakest(slate, 2)[1]] }));
    }

    [Theory]
    [InlineData(ObjectiveKind.Percentile)]
    [InlineData(ObjectiveKind.Tail)]
    [InlineData(ObjectiveKind.Cvar)]
    [InlineData(ObjectiveKind.Roi)]
    public void Simulation_objectives_value_a_kept_lineup_as_they_value_it_built(ObjectiveKind kind)
    {
        var slate = OptimizerSlates.Small(drivers: 10);
        var request = new OptimizeRequest(slate, new Objective(kind), new PortfolioRules(3), Simulations: OptimizerSlates.Points(10, 200), Contest: new ContestSettings(Payouts, 20), Seed: 3)
        {
            Holdout = OptimizerSlates.Points(10, 200, seed: 8),
        };
        var built = LineupOptimizer.Optimize(request, Cancellation);
        var third = Masks(built)[2];

        var rebuilt = LineupOptimizer.Optimize(request with { Portfolio = new PortfolioRules(3) { Kept = [third] } }, Cancellation);

        Assert.Equal(third, Masks(rebuilt)[0]);
        Assert.Equal(3, Masks(rebuilt).Distinct().Count());
        Assert.Equal(built.Lineups[2].Statistics, rebuilt.Lineups[0].Statistics);
        if (kind != ObjectiveKind.Roi)
        {
            Assert.Equal(built.Lineups[2].Objective, rebuilt.Lineups[0].Objective, 9);
        }

        // The portfolio is valued out of sample with its kept lineup: the same three lineups, the same figures.
        if (Masks(rebuilt).Order().SequenceEqual(Masks(built).Order()))
        {
            Assert.Equal(built.OutOfSample!.Contest!.Roi, rebuilt.OutOfSample!.Contest!.Roi, 9);
        }
        else
        {
            Assert.NotNull(rebuilt.OutOfSample?.Contest);
        }
    }

    /// <summary>The weakest lineups by projection, each two drivers apart from the others: never what a build picks first.</summary>
    private static ulong[] Weakest(Core.Slates.Slate slate, int count)
    {
        var values = ProjectedPoints.Of(slate)!;
        var weakest = new List<ulong>();
        foreach (var lineup in OptimizerSlates.AllLineups(new LineupSpace(slate, LineupRules.None)).OrderBy(l => LineupSpace.Drivers(l).Sum(d => values[d])))
        {
            if (weakest.Count < count && weakest.All(other => System.Numerics.BitOperations.PopCount(lineup & other) <= 4))
            {
                weakest.Add(lineup);
            }
        }

        return [.. weakest];
    }

    private static List<ulong> Masks(OptimizeResult result) => [.. result.Lineups.Select(l => LineupSpace.MaskOf(l.Drivers))];
}
