using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>Every ranking against brute force over all lineups of small slates, under locks, excludes, salary and ownership rules.</summary>
public class RankingTests
{
    public static TheoryData<LineupRules> Rules => new()
    {
        LineupRules.None,
        new LineupRules([3], [5, 7]),
        new LineupRules([0, 11], [], SalaryMin: 42_000, SalaryMax: 48_000),
        new LineupRules([], [2], MaxOwnership: 110),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_walk_visits_every_valid_lineup_once(LineupRules rules)
    {
        var space = new LineupSpace(OptimizerSlates.Small(), rules);
        var counter = new Counter(new List<ulong>());

        space.Walk(space.Selectable, ref counter);

        Assert.Equal(OptimizerSlates.AllLineups(space).Order(), counter.Seen.Order());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Mean_ranking_is_the_brute_force_ranking(LineupRules rules)
    {
        var slate = OptimizerSlates.Small();
        var space = new LineupSpace(slate, rules);
        var values = ProjectedPoints.Of(slate)!;
        var expected = OptimizerSlates.AllLineups(space)
            .Select(l => new Candidate(l, space.SalaryOf(l), LineupSpace.Drivers(l).Sum(d => values[d]), 0))
            .OrderDescending().Take(25).ToList();

        var top = MeanRanking.Top(space, values, 25);

        Assert.Equal(expected, top);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Simulation_objectives_rank_as_brute_force_does(LineupRules rules)
    {
        var slate = OptimizerSlates.Small();
        var space = new LineupSpace(slate, rules);
        var points = OptimizerSlates.Points(slate.Drivers.Count, 333);
        var thresholds = Enumerable.Range(0, 333).Select(s => 14_000 + (s % 7 * 300)).ToArray();
        foreach (var objective in new[] { new Objective(ObjectiveKind.Tail), new Objective(ObjectiveKind.Percentile, Percentile: 85), new Objective(ObjectiveKind.Cvar, Alpha: 0.05) })
        {
            var expected = OptimizerSlates.AllLineups(space).Select(l => BruteForce(space, points, objective, thresholds, l)).OrderDescending().Take(40).ToList();

            var top = SimulationRanking.Top(space, points, objective, thresholds, 40, TestContext.Current.CancellationToken);

            Assert.Equal(expected, top);
        }
    }

    internal static Candidate BruteForce(LineupSpace space, SimulatedPoints points, Objective objective, int[] thresholds, ulong lineup)
    {
        var scores = Enumerable.Range(0, points.Simulations).Select(s => LineupSpace.Drivers(lineup).Sum(d => points.Of(d)[s])).ToArray();
        var sorted = scores.Order().ToArray();
        var score = objective.Kind switch
        {
            ObjectiveKind.Tail => scores.Where((x, s) => x >= thresholds[s]).Count(),
            ObjectiveKind.Percentile => sorted[(int)Math.Ceiling(objective.Percentile / 100 * scores.Length) - 1],
            _ => sorted.TakeLast((int)Math.Ceiling(objective.Alpha * scores.Length)).Sum(x => (long)x),
        };
        return new Candidate(lineup, space.SalaryOf(lineup), score, points.LineupTotal(lineup));
    }

    private readonly struct Counter(List<ulong> seen) : ILineupVisitor
    {
        public List<ulong> Seen => seen;

        public WalkStep Enter(int depth, int position) => WalkStep.Descend;

        public WalkStep Leaf(int depth, int position, ulong lineup, int salary)
        {
            seen.Add(lineup);
            return WalkStep.Descend;
        }
    }
}
