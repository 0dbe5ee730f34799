using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Core.Tests;

public class TrackCatalogTests
{
    [Fact]
    public void Every_track_in_the_loop_data_is_in_the_catalog()
    {
        var lines = File.ReadLines(SharedData.File("loop-data-2019-2023.csv")).ToList();
        var column = lines[0].Split(',').ToList().IndexOf("track_name");
        var tracks = lines.Skip(1).Select(line => line.Split(',')[column]).Distinct().ToList();

        Assert.Equal(46, tracks.Count);
        Assert.All(tracks, track => Assert.True(TrackCatalog.Find(track) is not null, $"'{track}' is not in the catalog"));
    }

    [Theory]
    [InlineData("Chicago Street Race", TrackType.StreetCourse)]
    [InlineData("Mexico City", TrackType.RoadCourse)]
    [InlineData("Iowa Speedway", TrackType.ShortTrack)]
    [InlineData("North Wilkesboro Speedway", TrackType.ShortTrack)]
    [InlineData("Charlotte Roval", TrackType.RoadCourse)]
    [InlineData("COTA", TrackType.RoadCourse)]
    [InlineData("Bowman Gray Stadium", TrackType.ShortTrack)]
    [InlineData("San Diego", TrackType.StreetCourse)]
    [InlineData("Chicagoland Speedway", TrackType.Intermediate)]
    [InlineData("EchoPark Speedway", TrackType.Superspeedway)]
    [InlineData("Nashville Superspeedway", TrackType.Intermediate)]
    [InlineData("Pocono Raceway", TrackType.Flat)]
    [InlineData("Bristol Motor Speedway Dirt", TrackType.Dirt)]
    public void Current_schedule_tracks_have_their_type(string name, TrackType type)
    {
        Assert.Equal(type, TrackCatalog.Find(name)?.Type);
    }

    [Theory]
    [InlineData("  daytona   INTERNATIONAL speedway ", "Daytona International Speedway")]
    [InlineData("Homestead Miami Speedway", "Homestead-Miami Speedway")]
    [InlineData("Autódromo Hermanos Rodríguez", "Autodromo Hermanos Rodriguez")]
    [InlineData("ISM Raceway", "Phoenix Raceway")]
    [InlineData("Dover International Speedway", "Dover Motor Speedway")]
    [InlineData("DAYTONA Road Course", "Daytona Road Course")]
    [InlineData("World Wide Technology Raceway at Gateway", "World Wide Technology Raceway")]
    public void Lookup_ignores_case_spacing_accents_and_former_names(string name, string track)
    {
        Assert.Equal(track, TrackCatalog.Find(name)?.Name);
    }

    [Fact]
    public void Every_track_is_found_by_its_own_name_and_its_aliases()
    {
        Assert.All(TrackCatalog.All, track => Assert.All(track.Aliases.Prepend(track.Name), name => Assert.Same(track, TrackCatalog.Find(name))));
        Assert.Null(TrackCatalog.Find("Nürburgring"));
    }

    [Theory]
    [InlineData("Brickyard 400 presented by PPG", "Indianapolis Motor Speedway", Series.Cup, 160)]
    [InlineData("Daytona 500", "Daytona International Speedway", Series.Cup, 200)]
    [InlineData("Coke Zero Sugar 400", "Daytona International Speedway", Series.Cup, 160)]
    [InlineData("Cook Out Southern 500", "Darlington Raceway", Series.Cup, 367)]
    [InlineData("Bank of America ROVAL 400", "Charlotte Motor Speedway Road Course", Series.Cup, 109)]
    [InlineData("Go Bowling at The Glen", "Watkins Glen International", Series.Cup, 90)]
    [InlineData("Viva México 250", "Autodromo Hermanos Rodriguez", Series.Cup, 100)]
    [InlineData("Pennzoil 250 presented by Take 5 Oil Change", "Indianapolis Motor Speedway", Series.OReilly, 100)]
    [InlineData("TSport 200 presented by Warn Industries", "Lucas Oil Indianapolis Raceway Park", Series.Trucks, 200)]
    [InlineData("Busch Light Clash at The Coliseum", "Los Angeles Memorial Coliseum", null, null)]
    [InlineData("Cook Out Clash at Bowman Gray", "Bowman Gray Stadium", null, null)]
    [InlineData("Kansas Lottery 300", "Kansas Speedway", null, null)]
    [InlineData("NASCAR Cup Series Race at Daytona Road Course", "Daytona Road Course", null, null)]
    [InlineData("Food City Dirt Race at Bristol Dirt", "Bristol Motor Speedway Dirt", null, null)]
    [InlineData("Chicagoland 400", "Chicagoland Speedway", null, null)]
    public void A_race_name_points_to_its_track(string raceName, string track, Series? series, int? laps)
    {
        Assert.Equal(new RaceIdentity(TrackCatalog.Find(track)!, series, laps), TrackCatalog.IdentifyRace(raceName));
    }

    [Fact]
    public void A_race_name_naming_no_track_identifies_nothing()
    {
        // The Cook Out 400 has been run at both Richmond and Martinsville: a guess would be wrong half the time.
        Assert.Null(TrackCatalog.IdentifyRace("Cook Out 400"));
    }

    [Fact]
    public void Atlanta_rated_as_an_intermediate_before_its_2022_reconfiguration()
    {
        var atlanta = TrackCatalog.Find("Atlanta Motor Speedway")!;

        Assert.Equal(TrackType.Intermediate, atlanta.TypeOn(new DateOnly(2021, 3, 21)));
        Assert.Equal(TrackType.Superspeedway, atlanta.TypeOn(new DateOnly(2023, 3, 19)));
        Assert.Equal(TrackType.Flat, TrackCatalog.Find("Phoenix")!.TypeOn(new DateOnly(2019, 3, 10)));
    }

    [Fact]
    public void Usual_laps_are_per_series_where_known()
    {
        var bristol = TrackCatalog.Find("Bristol")!;

        Assert.Equal((500, 300, 200), (bristol.UsualLapsFor(Series.Cup), bristol.UsualLapsFor(Series.OReilly), bristol.UsualLapsFor(Series.Trucks)));
        Assert.Null(TrackCatalog.Find("Eldora")!.UsualLapsFor(Series.Cup));
    }
}
