using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Simulation;

/// <summary>Made-up fields for simulation tests: strengths spread evenly from strong to weak, the grid in strength order or none.</summary>
internal static class TestRaces
{
    public static RaceSetup Field(TrackType trackType, int cars = 38, int laps = 0, bool withGrid = true, Series series = Series.Cup)
    {
        var drivers = Enumerable.Range(1, cars)
            .Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / (cars - 1)), withGrid ? i : null))
            .ToList();
        return new RaceSetup(series, trackType, laps > 0 ? laps : UsualLaps(trackType), drivers);
    }

    public static int UsualLaps(TrackType trackType) => trackType switch
    {
        TrackType.Superspeedway => 188,
        TrackType.Intermediate => 267,
        TrackType.ShortTrack => 400,
        TrackType.Flat => 312,
        TrackType.RoadCourse => 90,
        TrackType.StreetCourse => 75,
        _ => 250,
    };

    public static SimulationResult Run(RaceSetup setup, SimulationOptions options) =>
        RaceSimulator.Default.Run(setup, options, null, TestContext.Current.CancellationToken);

    public static IEnumerable<TrackType> AllTrackTypes => Enum.GetValues<TrackType>();
}
