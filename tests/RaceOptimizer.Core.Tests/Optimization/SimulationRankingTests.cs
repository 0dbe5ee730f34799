using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>
/// The simulation ranking counts the lineups that differ in their last driver together, in 16-bit points where every
/// driver's fit and in 32 otherwise: both must give brute force's ranking to the last tie, whatever the targets, and on
/// the real Brickyard export the ranking the CPU reference's scores give (what the ranking gave before it counted so).
/// </summary>
public class SimulationRankingTests
{
    private static readonly Objective[] Objectives = [new(ObjectiveKind.Tail), new(ObjectiveKind.Percentile, Percentile: 85), new(ObjectiveKind.Cvar, Alpha: 0.05)];

    public static TheoryData<int, int, LineupRules> Cases => new()
    {
        { SimulationMath.NarrowPoints, 333, LineupRules.None },
        { SimulationMath.NarrowPoints, 2_500, LineupRules.None }, // more simulations than one block of lane counts
        { SimulationMath.NarrowPoints + 1, 333, LineupRules.None }, // one point too many for 16 bits
        { 400_000, 301, new LineupRules([3], [5]) },
        { SimulationMath.NarrowPoints, 97, new LineupRules([0, 1, 2, 4, 6], []) }, // one free slot
        { 400_000, 97, new LineupRules([0, 1, 2, 4, 6], []) },
        { SimulationMath.NarrowPoints, 97, new LineupRules([0, 1, 2, 4, 6, 9], []) }, // every slot locked
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_simulation_objective_ranks_as_brute_force_does(int mostPoints, int simulations, LineupRules rules)
    {
        var space = new LineupSpace(OptimizerSlates.Small(), rules);
        var points = Points(space.Slate.Drivers.Count, simulations, mostPoints);
        var thresholds = Thresholds(simulations, mostPoints);
        foreach (var objective in Objectives)
        {
            var expected = OptimizerSlates.AllLineups(space).Select(l => RankingTests.BruteForce(space, points, objective, thresholds, l)).OrderDescending().Take(40).ToList();
            Assert.NotEmpty(expected);

            var top = SimulationRanking.Top(space, points, objective, thresholds, 40, TestContext.Current.CancellationToken);

            Assert.Equal(expected, top);
        }
    }

    [Fact]
    public void On_the_Brickyard_export_the_tail_is_the_reference_ranking()
    {
        // The 143,000 lineups within $1,000 of the cap: as many as a debug build scores one by one in seconds.
        var space = new LineupSpace(OptimizerSlates.BrickyardDraftKings(), new LineupRules([], [], SalaryMin: 49_000));
        var points = Simulate(space.Slate, 2_000);
        var thresholds = Enumerable.Range(0, points.Simulations).Select(s => 21_000 + (s % 13 * 700)).ToArray();

        AssertReferenceRanking(space, points, new Objective(ObjectiveKind.Tail), thresholds);
    }

    [Fact]
    public void On_the_Brickyard_export_percentile_and_cvar_are_the_reference_ranking()
    {
        var slate = OptimizerSlates.BrickyardDraftKings();
        var space = new LineupSpace(slate, new LineupRules([5, 20], []));
        var points = Simulate(slate, 2_000);

        AssertReferenceRanking(space, points, new Objective(ObjectiveKind.Percentile, Percentile: 90), []);
        AssertReferenceRanking(space, points, new Objective(ObjectiveKind.Cvar, Alpha: 0.01), []);
    }

    [Theory]
    [InlineData(333, 0)]
    [InlineData(2_500, 60_000)] // floors far below every driver's points: the 16-bit floors are raised and the rest added back
    [InlineData(97, -60_000)] // floors above every driver's points
    [InlineData(97, 1 << 28)]
    public void Cvar_bounds_are_each_lineups_excess_over_the_cut_in_both_widths(int simulations, int shift)
    {
        var random = new System.Random(simulations);
        var mostPoints = SimulationMath.NarrowPoints;
        int[][] rows = [.. Enumerable.Range(0, 9).Select(d => Enumerable.Range(0, simulations).Select(s => s % 9 == d ? (d % 2 == 0 ? mostPoints : -mostPoints) : random.Next(-mostPoints, mostPoints + 1)).ToArray())];
        var partial = Enumerable.Range(0, simulations).Select(_ => random.Next(-3 * mostPoints, 3 * mostPoints) + shift).ToArray();
        var before = rows[8];
        var cut = random.Next(-mostPoints, mostPoints) + (shift / 2);
        int[] which = [0, 1, 2, 3, 4, 5, 6, 7];
        var expected = which.Select(r => Enumerable.Range(0, simulations).Sum(s => Math.Max((long)partial[s] + before[s] + rows[r][s] - cut, 0))).ToArray();

        var (wide, narrow) = (new long[which.Length], new long[which.Length]);
        var wideFloors = new int[simulations];
        var wideLeftOut = SimulationMath.Floors(cut, partial, before, wideFloors.AsSpan());
        SimulationMath.ExcessOver<int>(wideFloors, rows, which, wide);
        var narrowFloors = new ushort[simulations];
        var narrowLeftOut = SimulationMath.Floors(cut, partial, before, narrowFloors.AsSpan());
        SimulationMath.ExcessOver<ushort>(narrowFloors, SimulationMath.Biased(rows), which, narrow);

        Assert.Equal(expected, wide.Select(e => e + wideLeftOut));
        Assert.Equal(expected, narrow.Select(e => e + narrowLeftOut));
        Assert.Equal(expected[3], SimulationMath.ExcessOfSum(cut, partial, before, rows[3]));
    }

    /// <summary>The 150 best by <see cref="LineupScores"/> (lineup by lineup, the GPU kernels' reference) in the candidates' order.</summary>
    private static void AssertReferenceRanking(LineupSpace space, SimulatedPoints points, Objective objective, int[] thresholds)
    {
        var lineups = space.Lineups();
        Assert.True(lineups.Length > 150, $"{lineups.Length} lineups");
        var scores = LineupScores.Score(points, lineups, ObjectiveMeasure.Of(objective, points.Simulations), thresholds);
        var cut = scores.OrderDescending().ElementAt(149);
        var expected = Enumerable.Range(0, lineups.Length).Where(i => scores[i] >= cut)
            .Select(i => new Candidate(lineups[i], space.SalaryOf(lineups[i]), scores[i], points.LineupTotal(lineups[i])))
            .OrderDescending().Take(150).ToList();

        var top = SimulationRanking.Top(space, points, objective, thresholds, 150, TestContext.Current.CancellationToken);

        Assert.Equal(expected, top);
    }

    private static SimulatedPoints Simulate(Slate slate, int races)
    {
        var race = SlateRace.Of(slate, DriverStrengths.ForSlate(slate, null, StrengthBlend.Even), null);
        var result = race.ToSlate(RaceSimulator.Default.Run(race.Setup, new SimulationOptions(races, Seed: 42, KeepPointsMatrix: true), null, TestContext.Current.CancellationToken));
        return SimulatedPoints.From(result.DraftKings!);
    }

    /// <summary>Points up to <paramref name="mostPoints"/> either way, each driver reaching both ends once, so the rows sit at the edge of their width.</summary>
    private static SimulatedPoints Points(int drivers, int simulations, int mostPoints)
    {
        var random = new System.Random(mostPoints + simulations);
        return new SimulatedPoints([.. Enumerable.Range(0, drivers).Select(d =>
        {
            var row = Enumerable.Range(0, simulations).Select(_ => random.Next(-mostPoints / 4, mostPoints + 1)).ToArray();
            (row[d % simulations], row[(d + 1) % simulations]) = (mostPoints, -mostPoints);
            return row;
        })]);
    }

    /// <summary>Targets around what lineups score, and some beyond anything: no lineup, or every lineup, reaches those.</summary>
    private static int[] Thresholds(int simulations, int mostPoints)
    {
        var random = new System.Random(simulations);
        int[] beyond = [int.MaxValue, int.MinValue, (1 << 30) + 1, -(1 << 30) - 1, 6 * mostPoints, -6 * mostPoints];
        return [.. Enumerable.Range(0, simulations).Select(s => s % 17 < beyond.Length ? beyond[s % 17] : random.Next(mostPoints, 3 * mostPoints))];
    }
}
