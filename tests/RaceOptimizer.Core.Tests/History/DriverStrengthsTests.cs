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
    public void History_rates_the_drivers_it_knows_and_the_salary_the_one_it_does_not()
    {
        var slate = SlateOf(new SlateDriver("Driver 1", "1", 9000), new SlateDriver("Driver 12", "12", 10000), new SlateDriver("Rookie", "99", 5000));

        var strengths = DriverStrengths.ForSlate(slate, Kansas, StrengthBlend.HistoryOnly);

        Assert.Equal([StrengthSource.History, StrengthSource.History, StrengthSource.Salary], strengths.Select(s => s.Source));
        Assert.True(strengths[0].Strength > strengths[1].Strength);
        Assert.Equal(DriverStrengths.RankScale * SalaryPrior.SalaryScores(slate.Drivers)[2], strengths[2].Strength, 12);
    }

    [Fact]
    public void Projected_points_are_targets_for_the_simulation_not_strengths()
    {
        // Points are on the site's scale: ProjectionFit moves the simulated means to them; read as ranks they would mix scales.
        var plain = SlateOf(new SlateDriver("Front", "1", 9000, Start: 1), new SlateDriver("Back", "2", 8000, Start: 30));
        var projected = SlateOf(new SlateDriver("Front", "1", 9000, Start: 1, Projection: 20), new SlateDriver("Back", "2", 8000, Start: 30, Projection: 60));

        var strengths = DriverStrengths.ForSlate(projected, null, StrengthBlend.ProjectionsOnly);

        Assert.Equal(DriverStrengths.ForSlate(plain, null, StrengthBlend.ProjectionsOnly).Select(s => s.Strength), strengths.Select(s => s.Strength));
        Assert.All(strengths, s => Assert.Equal(StrengthSource.Salary, s.Source));
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
    public void With_neither_the_salary_alone_decides_and_the_grid_is_drawn()
    {
        var slate = SlateOf(new SlateDriver("Cheap", "1", 5000, AvgPointsPerGame: 20), new SlateDriver("Dear", "2", 11000), new SlateDriver("Also cheap", "3", 5000, AvgPointsPerGame: 30));

        var strengths = DriverStrengths.ForSlate(slate, null, StrengthBlend.Even);
        var setup = SlateRace.Of(slate, strengths, null).Setup;

        Assert.All(strengths, s => Assert.Equal(StrengthSource.Salary, s.Source));
        // The site's average points are another scale: they do not break the tie.
        Assert.True(strengths[1].Strength > strengths[0].Strength);
        Assert.Equal(strengths[0].Strength, strengths[2].Strength);
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
