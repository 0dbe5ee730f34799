using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tests.History;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Tests.Simulation;

public class TrackFitTests
{
    [Fact]
    public void The_committed_fit_is_what_fit_tracks_gives_from_the_loop_data()
    {
        var history = TestFiles.LoopData;

        var fitted = TrackFitter.Fit(history, "any");

        Assert.Equal(fitted.Types, TrackFits.Fitted.Types);
        Assert.Equal(fitted.Tracks, TrackFits.Fitted.Tracks);
        Assert.Null(TrackFits.Fitted.Before);
    }

    [Fact]
    public void A_wreck_heavy_track_gets_a_factor_above_one_shrunk_toward_its_type_and_later_races_are_not_seen()
    {
        // Kansas and Texas (both 1.5-mile intermediates), ten races each; Texas loses four cars a race, Kansas one in two.
        var kansas = TestHistory.Rows(10).Select((row, i) => i % 24 == 0 ? row with { Status = "accident" } : row);
        var texas = TestHistory.Rows(10, track: "Texas Motor Speedway", first: new DateOnly(2022, 3, 7))
            .Select(row => row.Finish > 8 ? row with { Status = "accident" } : row);
        var history = RaceHistory.From(kansas.Concat(texas));

        var fits = TrackFitter.Fit(history, "test");
        var texasFit = Assert.Single(fits.Tracks, t => t.Track == "Texas Motor Speedway");
        var kansasFit = Assert.Single(fits.Tracks, t => t.Track == "Kansas Speedway");

        Assert.True(texasFit.AccidentFactor > kansasFit.AccidentFactor);
        // Raw, Texas loses eight times Kansas's cars per mile.
        Assert.True(texasFit.AccidentFactor / kansasFit.AccidentFactor < 8.0, "shrunk toward the type");
        Assert.Equal(1.5, Assert.Single(fits.Types).LapMiles, 1e-9);

        var early = TrackFitter.Fit(history, "test", before: new DateOnly(2022, 3, 7));
        Assert.Equal(new DateOnly(2022, 3, 7), early.Before);
        Assert.Equal(1, Assert.Single(early.Tracks).Races);
    }

    [Fact]
    public void A_race_compiles_the_type_s_chances_for_its_track_and_a_type_alone_is_left_as_it_was()
    {
        var model = RaceModel.Default;
        var type = model.Compile(Series.Cup, TrackType.Flat, track: null);
        var indianapolis = model.Compile(Series.Cup, TrackType.Flat, "Indianapolis");
        var phoenix = model.Compile(Series.Cup, TrackType.Flat, "Phoenix Raceway");

        Assert.Equal(model.For(TrackType.Flat).IncidentRate, type.IncidentRate);
        Assert.True(indianapolis.IncidentRate > 2 * phoenix.IncidentRate, "2.5 miles a lap against 1");
        Assert.True(indianapolis.FuelWindow < phoenix.FuelWindow, "a tank lasts fewer long laps");
        Assert.Equal(type, model.Compile(Series.Cup, TrackType.Flat, "Nowhere Speedway"));
        Assert.Equal(type, model.With(TrackFits.None).Compile(Series.Cup, TrackType.Flat, "Indianapolis"));
    }

    [Fact]
    public void Every_track_in_the_catalog_has_a_length()
    {
        Assert.All(TrackCatalog.All, track => Assert.InRange(track.Miles, 0.2, 4.1));
        Assert.Equal(2.5, TrackCatalog.Find("Indianapolis")!.Miles);
    }
}
