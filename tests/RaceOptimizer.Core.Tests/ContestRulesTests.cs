using RaceOptimizer.Core.Samples;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests;

public class ContestRulesTests
{
    private static readonly Slate Slate = SampleSlate.Load();

    // The six cheapest sample drivers: 4,700 + 5,000 + 5,200 + 5,400 + 5,600 + 5,800 = 31,700.
    private static readonly string[] Cheap = ["90000136", "90000135", "90000134", "90000133", "90000132", "90000131"];

    [Fact]
    public void The_sites_rosters_and_caps()
    {
        Assert.Equal((6, 50_000, "D", 500), (ContestRules.DraftKings.RosterSize, ContestRules.DraftKings.SalaryCap, ContestRules.DraftKings.RosterPosition, ContestRules.DraftKings.MaxLineupsPerUpload));
        Assert.Equal((5, 50_000, "Driver", (int?)null), (ContestRules.FanDuel.RosterSize, ContestRules.FanDuel.SalaryCap, ContestRules.FanDuel.RosterPosition, ContestRules.FanDuel.MaxLineupsPerUpload));
        Assert.Same(ScoringTable.DraftKings, ContestRules.DraftKings.Scoring);
        Assert.True(ContestRules.DraftKings.FitsSalaryCap(50_000));
        Assert.False(ContestRules.DraftKings.FitsSalaryCap(50_001));
    }

    [Fact]
    public void A_lineup_within_the_rules_has_no_violations()
    {
        Assert.Empty(ContestRules.DraftKings.Validate(new Lineup(Cheap), Slate));
    }

    [Fact]
    public void A_short_lineup_breaks_the_roster_size()
    {
        var violation = Assert.Single(ContestRules.DraftKings.Validate(new Lineup(Cheap[..5]), Slate));

        Assert.Equal(LineupRule.RosterSize, violation.Rule);
        Assert.Contains("has 5 drivers", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_driver_twice_breaks_distinct_drivers()
    {
        var violation = Assert.Single(ContestRules.DraftKings.Validate(new Lineup([.. Cheap[..5], Cheap[0]]), Slate));

        Assert.Equal(LineupRule.DistinctDrivers, violation.Rule);
        Assert.Contains("90000136", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_breaks_driver_in_slate()
    {
        var violation = Assert.Single(ContestRules.DraftKings.Validate(new Lineup([.. Cheap[..5], "43667053"]), Slate));

        Assert.Equal(LineupRule.DriverInSlate, violation.Rule);
    }

    [Fact]
    public void The_six_most_expensive_drivers_break_the_cap()
    {
        // 11,200 + 10,900 + 10,600 + 10,300 + 10,000 + 9,800 = 62,800.
        var lineup = new Lineup(["90000101", "90000102", "90000103", "90000104", "90000105", "90000106"]);

        var violation = Assert.Single(ContestRules.DraftKings.Validate(lineup, Slate));

        Assert.Equal(new LineupViolation(LineupRule.SalaryCap, "The salary 62,800 is over the 50,000 cap."), violation);
    }

    [Fact]
    public void Every_broken_rule_is_named_at_once()
    {
        var lineup = new Lineup(["90000101", "90000101", "nobody", "90000102", "90000103", "90000104", "90000105"]);

        var rules = ContestRules.DraftKings.Validate(lineup, Slate).Select(v => v.Rule);

        Assert.Equal([LineupRule.RosterSize, LineupRule.DistinctDrivers, LineupRule.DriverInSlate, LineupRule.SalaryCap], rules);
    }

    [Fact]
    public void Rules_of_one_site_do_not_judge_another_sites_slate()
    {
        Assert.Throws<ArgumentException>(() => ContestRules.FanDuel.Validate(new Lineup(Cheap[..5]), Slate));
    }

    [Fact]
    public void A_slate_with_a_lineup_under_the_cap_is_a_contest()
    {
        Assert.Null(ContestRules.DraftKings.WhyNoLineup(Slate));
    }

    [Fact]
    public void Too_few_drivers_or_too_few_starters_field_no_lineup()
    {
        var five = Slate with { Drivers = [.. Slate.Drivers.Take(5)] };
        // A grid naming five of the drivers leaves the others out of every lineup.
        var gridOfFive = Slate with { Drivers = [.. Slate.Drivers.Select((d, i) => d with { Start = i < 5 ? i + 1 : null })] };

        Assert.Equal("The slate has 5 drivers; a DraftKings lineup needs 6: no lineup can be entered.", ContestRules.DraftKings.WhyNoLineup(five));
        Assert.Equal(
            $"5 of the slate's {Slate.Drivers.Count} drivers start (the grid leaves out {Slate.Drivers.Count - 5}); a DraftKings lineup needs 6: no lineup can be entered.",
            ContestRules.DraftKings.WhyNoLineup(gridOfFive));
    }

    [Fact]
    public void A_slate_whose_cheapest_roster_is_over_the_cap_fields_no_lineup()
    {
        var dear = Slate with { Drivers = [.. Slate.Drivers.Take(6).Select(d => d with { Salary = 9_000 })] };

        Assert.Equal("The 6 cheapest starting drivers cost 54,000, over the 50,000 cap: no lineup can be entered.", ContestRules.DraftKings.WhyNoLineup(dear));
    }
}
