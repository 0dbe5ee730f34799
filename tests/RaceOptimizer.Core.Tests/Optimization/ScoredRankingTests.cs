using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Optimization.Portfolios;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>
/// Ranking from scores made elsewhere (the GPU worker) must pick exactly what the walk picks: the reference scores
/// equal brute force, and an optimization handed a scorer builds the same portfolio as one without.
/// </summary>
public class ScoredRankingTests
{
    public static TheoryData<string> Objectives => ["tail", "percentile", "cvar", "roi"];

    [Fact]
    public void The_space_lists_every_valid_lineup_once()
    {
        var space = new LineupSpace(OptimizerSlates.Small(), new LineupRules([3], [5, 7], SalaryMin: 40_000));

        var lineups = space.Lineups();

        Assert.Equal(OptimizerSlates.AllLineups(space).Order(), lineups.Order());
    }

    [Theory]
    [InlineData(ObjectiveKind.Tail)]
    [InlineData(ObjectiveKind.Percentile)]
    [InlineData(ObjectiveKind.Cvar)]
    public void Reference_scores_equal_brute_force(ObjectiveKind kind)
    {
        var space = new LineupSpace(OptimizerSlates.Small(), LineupRules.None);
        var points = OptimizerSlates.Points(space.Slate.Drivers.Count, 301);
        var objective = new Objective(kind, Percentile: 73, Alpha: 0.07);
        var thresholds = kind == ObjectiveKind.Tail ? Enumerable.Range(0, 301).Select(s => 14_000 + (s % 5 * 400)).ToArray() : [];
        var lineups = space.Lineups();

        var scores = LineupScores.Score(points, lineups, ObjectiveMeasure.Of(objective, 301), thresholds);

        Assert.Equal(lineups.Select(l => BruteForce(points, objective, thresholds, l)), scores);
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public async Task An_optimization_with_a_scorer_builds_the_portfolio_the_walk_builds(string objective)
    {
        var request = Request(objective, []);
        var scorer = new ReferenceScorer();

        var walked = LineupOptimizer.Optimize(request, TestContext.Current.CancellationToken);
        var scored = await LineupOptimizer.OptimizeAsync(request with { Scorer = scorer }, TestContext.Current.CancellationToken);

        Assert.True(scorer.Calls > 0, "the scorer was never asked");
        Assert.Equal(objective == "roi", scorer.PayCalls > 0);
        Assert.Equal(walked.Lineups.Select(l => l.Drivers.ToArray()), scored.Lineups.Select(l => l.Drivers.ToArray()));
    }

    /// <summary>Kept lineups are decided here, not by the scorer: the worker's path builds the same portfolio around them.</summary>
    [Theory]
    [MemberData(nameof(Objectives))]
    public async Task A_rebuild_with_a_scorer_keeps_the_lineups_the_walk_keeps(string objective)
    {
        var first = LineupOptimizer.Optimize(Request(objective, []), TestContext.Current.CancellationToken);
        ulong[] kept = [LineupSpace.MaskOf(first.Lineups[7].Drivers), LineupSpace.MaskOf(first.Lineups[3].Drivers)];
        var request = Request(objective, kept);

        var walked = LineupOptimizer.Optimize(request, TestContext.Current.CancellationToken);
        var scorer = new ReferenceScorer();
        var scored = await LineupOptimizer.OptimizeAsync(request with { Scorer = scorer }, TestContext.Current.CancellationToken);

        Assert.True(scorer.Calls > 0, "the scorer was never asked");
        Assert.Equal(0, scorer.PayCalls); // ROI's first pool would be paid against the field alone: the kept lineups are in the contest too
        Assert.Equal(kept, walked.Lineups.Take(2).Select(l => LineupSpace.MaskOf(l.Drivers)));
        Assert.Equal(walked.Lineups.Select(l => l.Drivers.ToArray()), scored.Lineups.Select(l => l.Drivers.ToArray()));
        Assert.Equal(walked.Lineups.Select(l => l.Objective), scored.Lineups.Select(l => l.Objective));
    }

    private static OptimizeRequest Request(string objective, IReadOnlyList<ulong> kept)
    {
        var slate = OptimizerSlates.Small(drivers: 16);
        return new OptimizeRequest(
            slate,
            objective switch
            {
                "tail" => new Objective(ObjectiveKind.Tail),
                "percentile" => new Objective(ObjectiveKind.Percentile, Percentile: 80),
                "cvar" => new Objective(ObjectiveKind.Cvar, Alpha: 0.05),
                _ => new Objective(ObjectiveKind.Roi),
            },
            new PortfolioRules(20, MinUniqueDrivers: 2) { Kept = kept },
            new LineupRules([], [4]),
            OptimizerSlates.Points(slate.Drivers.Count, 400),
            CandidatePool: 200);
    }

    private static long BruteForce(SimulatedPoints points, Objective objective, int[] thresholds, ulong lineup)
    {
        var scores = Enumerable.Range(0, points.Simulations).Select(s => LineupSpace.Drivers(lineup).Sum(d => points.Of(d)[s])).ToArray();
        var sorted = scores.Order().ToArray();
        return objective.Kind switch
        {
            ObjectiveKind.Tail => scores.Where((x, s) => x >= thresholds[s]).Count(),
            ObjectiveKind.Percentile => sorted[(int)Math.Ceiling(objective.Percentile / 100 * scores.Length) - 1],
            _ => sorted.TakeLast((int)Math.Ceiling(objective.Alpha * scores.Length)).Sum(x => (long)x),
        };
    }

    /// <summary>Core's own reference standing in for the worker: what the worker's kernels are checked to equal.</summary>
    private sealed class ReferenceScorer : ILineupScorer
    {
        public int Calls { get; private set; }

        public int PayCalls { get; private set; }

        public async Task<ContestTally[]> PayAsync(ContestStandings standings, ulong[] lineups, CancellationToken cancellationToken)
        {
            await Task.Yield(); // answers later, as the worker does
            PayCalls++;
            var scores = new int[standings.Points.Simulations];
            return [.. lineups.Select(lineup =>
            {
                standings.Points.LineupPoints(lineup, scores);
                return standings.Tally(scores);
            })];
        }

        public async Task<long[]> ScoreAsync(SimulatedPoints points, ulong[] lineups, ObjectiveMeasure measure, int[] thresholds, CancellationToken cancellationToken)
        {
            await Task.Yield();
            Calls++;
            return LineupScores.Score(points, lineups, measure, thresholds);
        }
    }
}
