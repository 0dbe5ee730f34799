using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.History;

public class StrengthModelTests
{
    private static readonly RaceHistory Kansas = RaceHistory.From(TestHistory.Rows(10));

    [Fact]
    public void Drivers_who_run_up_front_rate_higher()
    {
        var ratings = StrengthModel.Default.Rate(Kansas, Series.Cup, TrackType.Intermediate, new DateOnly(2023, 1, 1));
        var strengths = Enumerable.Range(1, 12).Select(i => ratings.For($"Driver {i}").Strength).ToList();

        Assert.Equal(strengths.OrderDescending(), strengths);
        Assert.Equal(10, ratings.For("Driver 1").TrackTypeRaces);
    }

    [Fact]
    public void Only_races_strictly_before_the_date_count()
    {
        var lastRace = Kansas.Races[^1].Date;

        var before = StrengthModel.Default.Rate(Kansas, Series.Cup, TrackType.Intermediate, lastRace);
        var withoutLast = StrengthModel.Default.Rate(RaceHistory.From(TestHistory.Rows(9)), Series.Cup, TrackType.Intermediate, lastRace);

        Assert.Equal(9, before.For("Driver 1").Races);
        Assert.Equal(withoutLast.All, before.All);
    }

    [Fact]
    public void Little_history_is_shrunk_toward_overall_form_and_none_gives_the_newcomer_strength()
    {
        // Ten intermediate races, one short track race won by the usual last-place driver.
        var rows = TestHistory.Rows(10).Concat(TestHistory.Rows(1, track: "Martinsville Speedway", first: new DateOnly(2022, 6, 1)).Select(r => r with { Finish = 13 - r.Finish, AverageRunningPosition = 13 - r.Finish }));
        var history = RaceHistory.From(rows);

        var shortTrack = StrengthModel.Default.Rate(history, Series.Cup, TrackType.ShortTrack, new DateOnly(2023, 1, 1));
        var intermediate = StrengthModel.Default.Rate(history, Series.Cup, TrackType.Intermediate, new DateOnly(2023, 1, 1));

        // One short-track win does not make the back-marker the best short-track driver.
        Assert.True(shortTrack.For("Driver 1").Strength > shortTrack.For("Driver 12").Strength);
        Assert.True(shortTrack.For("Driver 12").Strength > intermediate.For("Driver 12").Strength);
        Assert.Equal(StrengthParameters.Default.NewcomerStrength, shortTrack.For("Someone New").Strength);
        Assert.Equal(0, shortTrack.For("Someone New").Races);
    }

    [Fact]
    public void Recent_races_count_more()
    {
        // Driver 12 won the last three races: recency should lift him above his ten-race average.
        var rows = TestHistory.Rows(10).ToList();
        var recent = TestHistory.Rows(3, first: TestHistory.FirstRace.AddDays(7 * 10)).Select(r => r with { Finish = 13 - r.Finish, AverageRunningPosition = 13 - r.Finish });
        var history = RaceHistory.From(rows.Concat(recent));
        var slowForgetting = new StrengthModel(StrengthParameters.Default with { HalfLifeDays = 100_000 });
        var date = new DateOnly(2022, 8, 1);

        Assert.True(
            StrengthModel.Default.Rate(history, Series.Cup, TrackType.Intermediate, date).For("Driver 12").Strength
            > slowForgetting.Rate(history, Series.Cup, TrackType.Intermediate, date).For("Driver 12").Strength);
    }
}
