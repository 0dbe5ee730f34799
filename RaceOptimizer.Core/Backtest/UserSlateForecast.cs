using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Backtest;

/// <summary>
/// A past race set up the way a user sets up his slate before it: undated (DraftKings exports carry no date), the grid
/// given, rated through the slate path (<see cref="DriverStrengths.ForSlate"/>, <see cref="SlateRace"/>) on the history
/// as it stood before the race. The backtest run this way checks that the user's path forecasts as well as the dated
/// walk-forward: the only difference left is the rating day, the day after the series' previous race.
/// </summary>
public static class UserSlateForecast
{
    /// <param name="laps">The scheduled length a user knows before the race.</param>
    public static RaceSetup Setup(HistoryRace race, RaceHistory history, int laps)
    {
        ArgumentNullException.ThrowIfNull(race);
        ArgumentNullException.ThrowIfNull(history);
        var known = history.Before(race.Date);
        var grid = race.Drivers.OrderBy(d => d.Result.Start).ThenBy(d => d.Result.Finish).Select(d => d.Result.Driver).ToList();
        // Loop data has no salaries: every driver costs the same, so the salary says nothing and the ratings stand.
        var drivers = race.Drivers.Select(d => new SlateDriver(d.Result.Driver, d.Result.Driver, 0, grid.IndexOf(d.Result.Driver) + 1)).ToList();
        var slate = new Slate(race.Name, race.Name, Site.DraftKings, new Race(race.Name, race.Series, race.Track, race.TrackType, laps, Date: null), drivers);
        var strengths = DriverStrengths.ForSlate(slate, known, StrengthBlend.HistoryOnly);
        return SlateRace.Of(slate, strengths, known, laps).Setup;
    }
}
