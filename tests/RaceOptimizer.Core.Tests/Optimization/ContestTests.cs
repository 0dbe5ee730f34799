using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Optimization.Portfolios;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>Payouts, the field and ROI against brute force: every place counted, ties splitting the prizes they share.</summary>
public class ContestTests
{
    private static readonly PayoutStructure Payouts = new(21, 10, [new PayoutTier(1, 1, 80), new PayoutTier(2, 3, 40), new PayoutTier(4, 6, 15)]);

    [Fact]
    public void Entries_tied_on_a_score_split_the_prizes_of_the_places_they_share()
    {
        Assert.Equal(80, Payouts.AveragePrize(0, 1));
        Assert.Equal(60, Payouts.AveragePrize(0, 2)); // tied for first: (80 + 40) / 2
        Assert.Equal((40 + 15 + 15) / 3.0, Payouts.AveragePrize(2, 5), 10);
        Assert.Equal(0, Payouts.AveragePrize(6, 9));
        Assert.Equal(1, Payouts.TopOnePercentPlaces);
    }

    [Fact]
    public void The_field_is_drawn_from_ownership_within_the_cap_and_the_same_for_the_same_seed()
    {
        var slate = OptimizerSlates.Small(drivers: 14);
        var open = new LineupSpace(slate, LineupRules.None);
        var projection = ProjectedPoints.Of(slate)!;

        var field = ContestField.Draw(open, projection, FieldModel.Default, 300, seed: 5);

        Assert.Equal(field.Lineups, ContestField.Draw(open, projection, FieldModel.Default, 300, seed: 5).Lineups);
        Assert.All(field.Lineups, l => Assert.InRange(open.SalaryOf(l), 47_000, 50_000));
        Assert.All(field.Lineups, l => Assert.Equal(6, System.Numerics.BitOperations.PopCount(l)));
        var mostOwned = Enumerable.Range(0, 14).MaxBy(d => slate.Drivers[d].Ownership);
        var leastOwned = Enumerable.Range(0, 14).MinBy(d => slate.Drivers[d].Ownership);
        Assert.True(field.Lineups.Count(l => (l & (1UL << mostOwned)) != 0) > field.Lineups.Count(l => (l & (1UL << leastOwned)) != 0));
    }

    [Theory]
    [InlineData(20, 1)]
    [InlineData(200, 1)]
    [InlineData(200, 1_500)] // coarse points: many ties, also at the edge of the paid places
    public void The_best_ROI_lineup_is_the_brute_force_best_against_the_same_field(int fieldSize, int step)
    {
        var slate = OptimizerSlates.Small(drivers: 10);
        var fine = OptimizerSlates.Points(10, 60);
        var points = new SimulatedPoints([.. Enumerable.Range(0, 10).Select(d => fine.Of(d).ToArray().Select(p => p / step * step).ToArray())]);
        var payouts = new PayoutStructure(fieldSize + 1, 10, [new PayoutTier(1, 1, 80), new PayoutTier(2, 3, 40), new PayoutTier(4, 6, 15)]);
        var contest = new ContestSettings(payouts, fieldSize);
        var request = new OptimizeRequest(slate, new Objective(ObjectiveKind.Roi), new PortfolioRules(1), Simulations: points, Contest: contest, Seed: 3, CandidatePool: 1_000);

        var best = Assert.Single(LineupOptimizer.Optimize(request, TestContext.Current.CancellationToken).Lineups);

        var open = new LineupSpace(slate, LineupRules.None);
        var field = ContestField.Draw(open, points.Totals, FieldModel.Default, fieldSize, seed: 3).Lineups;
        double ExpectedPayout(ulong lineup) => Enumerable.Range(0, points.Simulations).Average(s =>
        {
            int Score(ulong l) => LineupSpace.Drivers(l).Sum(d => points.Of(d)[s]);
            var (ahead, tied) = (field.Count(f => Score(f) > Score(lineup)), field.Count(f => Score(f) == Score(lineup)));
            return Enumerable.Range(ahead, tied + 1).Average(place => place switch { 0 => 80.0, 1 or 2 => 40, 3 or 4 or 5 => 15, _ => 0 });
        });
        var all = OptimizerSlates.AllLineups(open);
        var bestPayout = all.Max(ExpectedPayout);
        Assert.Equal(bestPayout, ExpectedPayout(LineupSpace.MaskOf(best.Drivers)), 9);
        Assert.Equal((bestPayout / 10) - 1, best.Contest!.Roi, 9);
    }

    [Fact]
    public void Lineups_of_one_portfolio_compete_with_each_other()
    {
        var slate = OptimizerSlates.Small(drivers: 10);
        var points = OptimizerSlates.Points(10, 60);
        // 19 field lineups: the pair's whole field, and all but one of the single entry's 20 opponents.
        var request = new OptimizeRequest(slate, new Objective(ObjectiveKind.Roi), new PortfolioRules(2), Simulations: points, Contest: new ContestSettings(Payouts, 19), Seed: 3);

        var pair = LineupOptimizer.Optimize(request, TestContext.Current.CancellationToken);
        var alone = LineupOptimizer.Optimize(request with { Portfolio = new PortfolioRules(1) }, TestContext.Current.CancellationToken);

        // The same lineup earns less beside a second entry that can take places from it.
        Assert.Equal(alone.Lineups[0].Drivers, pair.Lineups[0].Drivers);
        Assert.True(pair.Lineups[0].Contest!.MeanPayout <= alone.Lineups[0].Contest!.MeanPayout);
        Assert.Equal(pair.Lineups.Sum(l => l.Contest!.MeanPayout) / 20 - 1, pair.Portfolio!.Roi, 9);
    }

    [Fact]
    public void The_field_and_the_users_entries_are_exactly_the_contest()
    {
        var slate = OptimizerSlates.Small(drivers: 10);
        var level = new SimulatedPoints([.. Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat(1_000, 5).ToArray())]);
        var payouts = new PayoutStructure(10, 10, [new PayoutTier(1, 1, 80), new PayoutTier(2, 3, 40), new PayoutTier(4, 6, 15)]);
        var field = ContestField.Draw(new LineupSpace(slate, LineupRules.None), level.Totals, FieldModel.Default, 50, seed: 1);
        var standings = new ContestStandings(level, field, payouts, ownEntries: 3);
        var scores = Enumerable.Repeat(6_000, 5).ToArray();
        var own = new PortfolioEntries(5, 3);
        for (var lineup = 0; lineup < 3; lineup++)
        {
            own.Add(scores);
        }

        var outcome = standings.Evaluate(scores, own, isOwn: true);

        // Every lineup scores the same: the ten entries (seven opponents, three own) tie and share the 205 in prizes.
        Assert.Equal(7, standings.Opponents);
        Assert.Equal(205 / 10.0, outcome.MeanPayout, 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContestStandings(level, field, payouts, ownEntries: 10));
    }

    [Fact]
    public void An_optimization_reports_its_steps_and_each_lineup_it_builds()
    {
        var slate = OptimizerSlates.Small(drivers: 10);
        var steps = new List<OptimizeProgress>();
        var request = new OptimizeRequest(slate, new Objective(ObjectiveKind.Roi), new PortfolioRules(3), Simulations: OptimizerSlates.Points(10, 200), Contest: new ContestSettings(Payouts, 20), Seed: 3)
        {
            Holdout = OptimizerSlates.Points(10, 200, seed: 8),
            Progress = new Recorded(steps),
        };

        LineupOptimizer.Optimize(request, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new OptimizeProgress(OptimizeStage.Ranking, 0, 3),
                new OptimizeProgress(OptimizeStage.Building, 1, 3),
                new OptimizeProgress(OptimizeStage.Building, 2, 3),
                new OptimizeProgress(OptimizeStage.Building, 3, 3),
                new OptimizeProgress(OptimizeStage.Valuing, 3, 3),
            ],
            steps);
    }

    [Fact]
    public void A_portfolio_is_valued_again_on_fresh_races_against_a_fresh_field()
    {
        var slate = OptimizerSlates.Small(drivers: 10);
        var request = new OptimizeRequest(slate, new Objective(ObjectiveKind.Roi), new PortfolioRules(3), Simulations: OptimizerSlates.Points(10, 200), Contest: new ContestSettings(Payouts, 20), Seed: 3)
        {
            Holdout = OptimizerSlates.Points(10, 200, seed: 8),
        };

        var result = LineupOptimizer.Optimize(request, TestContext.Current.CancellationToken);
        var inSample = LineupOptimizer.Optimize(request with { Holdout = null }, TestContext.Current.CancellationToken);

        Assert.Equal(inSample.Lineups.Select(l => string.Join(",", l.Drivers)), result.Lineups.Select(l => string.Join(",", l.Drivers)));
        Assert.Equal(inSample.InSample, result.InSample);
        Assert.Null(inSample.OutOfSample);
        var (outside, inside) = (result.OutOfSample!, result.InSample!);
        Assert.Same(outside.Contest, result.Portfolio);
        Assert.NotEqual(inside.Contest!.Roi, outside.Contest!.Roi);
        Assert.Equal((18, 200), (outside.Opponents!.Value, outside.Simulations));
        Assert.True(outside.BestLineupP99 >= outside.BestLineupMean && outside.BestLineupMeanStandardError > 0);
        Assert.Equal(inSample.Lineups.Select(l => l.Objective), result.Lineups.Select(l => l.Objective)); // ranked in sample, as chosen
    }

    [Fact]
    public void A_payout_table_reads_from_CSV()
    {
        using var stream = TestFiles.Text("from,to,prize\n2,3,40\n1,1,\"1,000\"\n4,10,12.5\n");

        var result = PayoutFile.Read(stream, "payouts.csv");

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal([new PayoutTier(1, 1, 1000), new PayoutTier(2, 3, 40), new PayoutTier(4, 10, 12.5)], result.Value);
    }

    /// <summary>Keeps each report in order, on the reporting thread.</summary>
    private sealed class Recorded(List<OptimizeProgress> steps) : IProgress<OptimizeProgress>
    {
        public void Report(OptimizeProgress value) => steps.Add(value);
    }
}
