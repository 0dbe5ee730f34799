using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Optimization.Portfolios;
using RaceOptimizer.Core.Samples;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>The field matches the ownership it is drawn for: given, partly given, or estimated.</summary>
public class FieldOwnershipTests
{
    [Fact]
    public void The_sample_slates_field_is_within_a_point_of_its_ownership_for_every_driver()
    {
        var slate = SampleSlate.Load();

        var field = Draw(slate);

        Assert.All(field.Ownership(), o => Assert.False(o.Estimated));
        AssertMatches(field);
    }

    [Fact]
    public void The_Brickyard_field_matches_a_given_ownership_file_and_keeps_to_the_salary_rules()
    {
        var slate = WithOwnership(TestFiles.Brickyard(), all: true);

        var field = Draw(slate);

        AssertMatches(field);
        var open = new LineupSpace(slate, LineupRules.None);
        Assert.All(field.Lineups, l => Assert.InRange(open.SalaryOf(l), 47_000, 50_000));
    }

    [Fact]
    public void A_partial_ownership_file_applies_to_its_drivers_and_the_others_are_estimated_never_zero()
    {
        var slate = WithOwnership(TestFiles.Brickyard(), all: false);

        var field = Draw(slate);
        var ownership = field.Ownership();

        Assert.All(ownership.Where(o => slate.Drivers[o.Driver].Ownership is null), o => Assert.True(o.Estimated && o.Target > 0, $"{slate.Drivers[o.Driver].Name}: {o.Target}"));
        Assert.All(ownership.Where(o => slate.Drivers[o.Driver].Ownership is { } given), o => Assert.Equal(slate.Drivers[o.Driver].Ownership!.Value, o.Target));
        Assert.Equal(600, ownership.Sum(o => o.Target), 6);
        AssertMatches(field);
    }

    [Fact]
    public void Without_ownership_every_starter_gets_an_estimate_led_by_the_best_projected()
    {
        var slate = TestFiles.Brickyard();
        var projection = Projection(slate);

        var targets = OwnershipTargets.Of(new LineupSpace(slate, LineupRules.None), projection, FieldModel.Default);

        Assert.All(targets, t => Assert.True(t.Estimated && t.Percent is > 0 and <= 70));
        Assert.Equal(600, targets.Sum(t => t.Percent), 6);
        var best = Enumerable.Range(0, slate.Drivers.Count).MaxBy(i => projection[i]);
        Assert.True(targets[best].Percent > targets.Average(t => t.Percent));
    }

    [Fact]
    public void A_lineups_duplicates_are_its_copies_in_the_drawn_field_scaled_to_the_opponents_it_stands_for()
    {
        var field = Draw(SampleSlate.Load());
        var chalk = field.Lineups.CountBy(l => l).MaxBy(c => c.Value);

        Assert.Equal(9_999.0 * chalk.Value / field.Lineups.Count, field.Duplicates(chalk.Key, opponents: 9_999), 9);
        Assert.Equal(0, field.Duplicates(lineup: 0, opponents: 9_999)); // no driver at all: no opponent enters it
    }

    private static ContestField Draw(Slate slate) =>
        ContestField.Draw(new LineupSpace(slate, LineupRules.None), Projection(slate), FieldModel.Default, ContestSettings.DefaultFieldSize, seed: 4);

    private static long[] Projection(Slate slate) => [.. ProjectedPoints.Of(slate)!];

    private static void AssertMatches(ContestField field) =>
        Assert.All(field.Ownership(), o => Assert.True(Math.Abs(o.Achieved - o.Target) <= 1, $"driver {o.Driver}: target {o.Target:F2}%, field {o.Achieved:F2}%"));

    /// <summary>
    /// An ownership file a real field could produce: the shares of 3,000 lineups a field would enter (under the cap, at
    /// most $3,000 unspent, projecting at least 85% of the best) picked with a taste of its own, the dear drivers
    /// favoured, unlike the sampler's. With <paramref name="all"/> false only every other driver is named.
    /// </summary>
    private static Slate WithOwnership(Slate slate, bool all)
    {
        var points = slate.Drivers.Select(d => d.AvgPointsPerGame ?? 0).ToArray();
        var best = LineupOptimizer.Optimize(new OptimizeRequest(slate, Objective.Mean, new PortfolioRules(1)), TestContext.Current.CancellationToken).Lineups[0].ProjectedPoints;
        var taste = slate.Drivers.Select(d => Math.Exp(d.Salary / 2_000.0)).ToArray();
        var random = new System.Random(11);
        var counts = new int[slate.Drivers.Count];
        for (var kept = 0; kept < 3_000;)
        {
            var lineup = new HashSet<int>();
            while (lineup.Count < 6)
            {
                var pick = random.NextDouble() * taste.Where((_, i) => !lineup.Contains(i)).Sum();
                lineup.Add(Enumerable.Range(0, taste.Length).Where(i => !lineup.Contains(i)).First(i => (pick -= taste[i]) < 0 || i == taste.Length - 1));
            }

            var salary = lineup.Sum(i => slate.Drivers[i].Salary);
            if (salary is >= 47_000 and <= 50_000 && lineup.Sum(i => points[i]) >= 0.85 * best)
            {
                kept++;
                lineup.ToList().ForEach(i => counts[i]++);
            }
        }

        return slate with
        {
            Drivers = [.. slate.Drivers.Select((d, i) => d with { Ownership = all || i % 2 == 0 ? Math.Round(100.0 * counts[i] / 3_000, 1) : null })],
        };
    }
}
