using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.History;

public class DriverStrengthsTests
{
    private static readonly RaceHistory Kansas = RaceHistory.From(TestHistory.Rows(10));

    private static Slate SlateOf(params SlateDriver[] drivers) =>
        new("s", "Kansas", Site.DraftKings, new Race("Kansas 400", Series.Cup, "Kansas Speedway", TrackType.Intermediate, 267, new DateOnly(2023, 5, 7)), drivers);

    [Fact]
    public void History_alone_rates_from_races_before_the_slate()
    {
        var slate = SlateOf(new SlateDriver("Driver 1", "1", 9000), new SlateDriver("Driver 12", "12", 10000), new SlateDriver("Rookie", "99", 5000));

        var strengths = DriverStrengths.ForSlate(slate, Kansas, StrengthBlend.HistoryOnly);

        Assert.All(strengths, s => Assert.Equal(StrengthSource.History, s.Source));
        Assert.True(strengths[0].Strength > strengths[1].Strength);
        Assert.Equal(StrengthParameters.Default.NewcomerStrength, strengths[2].Strength);
    }

    [Fact]
    public void Projected_points_are_read_against_the_start_so_place_differential_does_not_flatter_back_starters()
    {
        // Both are projected 40 DraftKings points: from the pole that is a 5th place, from 30th it is about 17th.
        var slate = SlateOf(new SlateDriver("Front", "1", 9000, Start: 1, Projection: 40), new SlateDriver("Back", "2", 9000, Start: 30, Projection: 40));

        var strengths = DriverStrengths.ForSlate(slate, null, StrengthBlend.ProjectionsOnly);

        Assert.All(strengths, s => Assert.Equal(StrengthSource.Projections, s.Source));
        Assert.True(strengths[0].Strength > strengths[1].Strength);
    }

    [Fact]
    public void A_blend_lies_between_its_parts()
    {
        var slate = SlateOf(new SlateDriver("Driver 12", "12", 9000, ProjectedFinish: 1), new SlateDriver("Driver 1", "1", 9000, ProjectedFinish: 2));

        var history = DriverStrengths.ForSlate(slate, Kansas, StrengthBlend.HistoryOnly)[0].Strength;
        var projections = DriverStrengths.ForSlate(slate, Kansas, StrengthBlend.ProjectionsOnly)[0].Strength;
        var even = DriverStrengths.ForSlate(slate, Kansas, StrengthBlend.Even)[0];

        Assert.Equal(StrengthSource.Blend, even.Source);
        Assert.Equal((history + projections) / 2, even.Strength, 12);
    }

    [Fact]
    public void With_neither_the_salary_and_site_average_decide_and_the_grid_is_drawn()
    {
        var slate = SlateOf(new SlateDriver("Cheap", "1", 5000, AvgPointsPerGame: 20), new SlateDriver("Dear", "2", 11000), new SlateDriver("Also cheap", "3", 5000, AvgPointsPerGame: 30));

        var strengths = DriverStrengths.ForSlate(slate, null, StrengthBlend.Even);
        var setup = SlateRace.Of(slate, strengths, null).Setup;

        Assert.All(strengths, s => Assert.Equal(StrengthSource.Salary, s.Source));
        Assert.Equal(["Dear", "Also cheap", "Cheap"], strengths.OrderByDescending(s => s.Strength).Select(s => s.Driver.Name));
        Assert.True(setup.DrawsStarts);
        Assert.Equal(267, setup.Laps);
    }

    [Fact]
    public void An_undated_slate_is_rated_the_day_after_the_series_latest_race_as_if_dated_then()
    {
        var latest = Kansas.Of(Series.Cup).Last().Date;
        var drivers = new[] { new SlateDriver("Driver 1", "1", 9000), new SlateDriver("Driver 12", "12", 10000), new SlateDriver("Driver 5", "5", 7000) };
        var undated = SlateOf(drivers) with { Race = SlateOf().Race with { Date = null } };
        var dated = SlateOf(drivers) with { Race = SlateOf().Race with { Date = latest.AddDays(1) } };

        var fromUndated = DriverStrengths.ForSlate(undated, Kansas, StrengthBlend.HistoryOnly).Select(s => s.Strength).ToList();
        var fromDated = DriverStrengths.ForSlate(dated, Kansas, StrengthBlend.HistoryOnly).Select(s => s.Strength).ToList();

        Assert.Equal(latest.AddDays(1), DriverStrengths.RatingDay(undated.Race, Kansas));
        Assert.Equal(fromDated, fromUndated);
        Assert.Equal(3, fromUndated.Distinct().Count());
        Assert.DoesNotContain(StrengthParameters.Default.NewcomerStrength, fromUndated);
    }

    [Fact]
    public void A_blend_weight_must_be_a_share() => Assert.Throws<ArgumentOutOfRangeException>(() => new StrengthBlend(1.5));
}
