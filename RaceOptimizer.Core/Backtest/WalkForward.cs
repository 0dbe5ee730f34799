using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.Backtest;

/// <summary>A past race set up as it could have been before it ran: its drivers, grid, track and scheduled length, rated on earlier races only.</summary>
public static class WalkForward
{
    /// <summary>
    /// The race's setup with each driver's strength and tendencies from races dated strictly before it, at its own
    /// track. Loop data's starts are ranked into positions 1 to N (a start missing from the file would otherwise leave a gap).
    /// </summary>
    public static RaceSetup Setup(HistoryRace race, RaceHistory history, StrengthModel strengths)
    {
        ArgumentNullException.ThrowIfNull(race);
        ArgumentNullException.ThrowIfNull(strengths);
        var ratings = strengths.Rate(history, race.Series, race.TrackType, race.Date);
        var grid = race.Drivers.OrderBy(d => d.Result.Start).ThenBy(d => d.Result.Finish).ToList();
        var entrants = race.Drivers
            .Select(d =>
            {
                var rating = ratings.For(d.Result.Driver);
                return rating.ApplyTo(new RaceEntrant(d.Result.Driver, rating.Strength, grid.IndexOf(d) + 1));
            })
            .ToList();
        return new RaceSetup(race.Series, race.TrackType, ScheduledLaps.For(race, history), entrants, race.Track);
    }
}
