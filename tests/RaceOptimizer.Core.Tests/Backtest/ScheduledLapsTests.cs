using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Tests.History;

namespace RaceOptimizer.Core.Tests.Backtest;

public class ScheduledLapsTests
{
    /// <summary>Races whose every car completed these laps, one a year at a track, starting in 2020.</summary>
    private static RaceHistory Yearly(string track, params int[] laps) => RaceHistory.From(laps.SelectMany((l, year) =>
        TestHistory.Rows(1, track: track, first: new DateOnly(2020 + year, 7, 1)).Select(r => r with { LapsCompleted = l })));

    [Fact]
    public void A_catalogued_track_runs_its_usual_laps_whatever_the_winner_ran()
    {
        // Kansas' Cup race is 267 laps; this one went to overtime.
        var history = Yearly("Kansas Speedway", 271);

        Assert.Equal(267, ScheduledLaps.For(history.Races[0], history));
        Assert.Equal(267, WalkForward.Setup(history.Races[0], history, StrengthModel.Default).Laps);
    }

    [Fact]
    public void A_track_with_a_special_race_takes_the_known_length_its_calendar_slot_ran_before()
    {
        // Daytona's Cup races: the 500 (200 laps) in February, the 400 (160) in August; this summer race went to overtime.
        var history = RaceHistory.From(
            TestHistory.Rows(1, track: "Daytona International Speedway", first: new DateOnly(2021, 8, 28)).Select(r => r with { LapsCompleted = 165 })
                .Concat(TestHistory.Rows(1, track: "Daytona International Speedway", first: new DateOnly(2022, 2, 20)).Select(r => r with { LapsCompleted = 201 }))
                .Concat(TestHistory.Rows(1, track: "Daytona International Speedway", first: new DateOnly(2022, 8, 27))));

        Assert.Equal(200, ScheduledLaps.For(history.Races[0], history));
        Assert.Equal(200, ScheduledLaps.For(history.Races[1], history));
        Assert.Equal(160, ScheduledLaps.For(history.Races[2], history));
    }

    [Fact]
    public void Without_a_catalogued_length_the_median_of_earlier_seasons_counts_never_the_race_itself()
    {
        // The catalog has no Cup length for the Milwaukee Mile.
        var history = Yearly("Milwaukee Mile", 250, 190, 200, 20);
        var shortened = Yearly("Milwaukee Mile", 250, 190, 200, 400);

        Assert.Equal(200, ScheduledLaps.For(history.Races[3], history));
        Assert.Equal(200, WalkForward.Setup(shortened.Races[3], shortened, StrengthModel.Default).Laps);
    }

    [Fact]
    public void A_track_new_to_the_series_takes_the_usual_length_of_its_type()
    {
        var history = RaceHistory.From(
            TestHistory.Rows(2, track: "Kansas Speedway", first: new DateOnly(2021, 5, 1)).Select(r => r with { LapsCompleted = 280 })
                .Concat(TestHistory.Rows(1, track: "Milwaukee Mile", first: new DateOnly(2022, 5, 1))));
        var flat = RaceHistory.From(
            TestHistory.Rows(1, track: "Phoenix Raceway", first: new DateOnly(2021, 5, 1)).Select(r => r with { LapsCompleted = 315 })
                .Concat(TestHistory.Rows(1, track: "Milwaukee Mile", first: new DateOnly(2022, 5, 1))));

        Assert.Throws<ArgumentException>(() => ScheduledLaps.For(history.Races[^1], history));
        Assert.Equal(315, ScheduledLaps.For(flat.Races[^1], flat));
    }
}
