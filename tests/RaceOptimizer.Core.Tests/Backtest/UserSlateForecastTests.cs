using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Backtest;

public class UserSlateForecastTests
{
    [Fact]
    public void An_undated_slate_with_its_grid_rates_every_driver_as_the_dated_walk_forward_does()
    {
        var history = TestFiles.LoopData;
        var cup = history.Of(Series.Cup).ToList();
        // In season, a week after the previous race; across a winter the rating day moves months and shrinkage with it.
        var inSeason = cup.Skip(1).Where((race, i) => race.Date.Year == 2023 && race.Date.DayNumber - cup[i].Date.DayNumber <= 8).Take(6).ToList();
        Assert.Equal(6, inSeason.Count);
        foreach (var race in inSeason)
        {
            var dated = StrengthModel.Default.Rate(history, race.Series, race.TrackType, race.Date);

            var setup = UserSlateForecast.Setup(race, history, 200);

            Assert.Equal(race.Track, setup.Track);
            Assert.False(setup.DrawsStarts);
            Assert.Equal(race.Drivers.Count, setup.Drivers.Count);
            // Rated as of the day after the previous race instead of the race day: every weight scales alike, so only the
            // shrinkage toward the prior moves, by a hair.
            Assert.All(setup.Drivers, d => Assert.Equal(dated.For(d.Name).Strength, d.Strength, 0.02));
            Assert.All(setup.Drivers, d => Assert.Equal(dated.For(d.Name).IncidentFactor, d.IncidentFactor, 0.05));
        }
    }
}
