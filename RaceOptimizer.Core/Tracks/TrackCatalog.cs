using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Slates;
using static RaceOptimizer.Core.Slates.TrackType;

namespace RaceOptimizer.Core.Tracks;

/// <summary>
/// Every track in the 2019-2023 loop data plus the 2024-2026 Cup schedule, with its type, length in
/// miles and usual race length.
/// Laps are those of the usual points race; special races (Southern 500, Coca-Cola 600, ...) carry their own in
/// <see cref="KnownRaces"/>.
/// </summary>
public static class TrackCatalog
{
    public static IReadOnlyList<Track> All { get; } =
    [
        Make("Daytona International Speedway", Superspeedway, 2.5, (200, 120, 100), "Daytona"),
        Make("Talladega Superspeedway", Superspeedway, 2.66, (188, 113, 94), "Talladega"),
        // Reconfigured for the 2022 season with steeper banks: it has raced like Daytona since.
        Make("Atlanta Motor Speedway", Superspeedway, 1.54, (260, 163, 135), "Atlanta", "EchoPark Speedway")
            with { Former = new FormerLayout(Intermediate, new DateOnly(2022, 1, 1)) },

        Make("Charlotte Motor Speedway", Intermediate, 1.5, (400, 200, 134), "Charlotte"),
        Make("Las Vegas Motor Speedway", Intermediate, 1.5, (267, 200, 134), "Las Vegas", "Vegas"),
        Make("Kansas Speedway", Intermediate, 1.5, (267, 200, 134), "Kansas"),
        Make("Texas Motor Speedway", Intermediate, 1.5, (267, 200, 167), "Texas"),
        Make("Homestead-Miami Speedway", Intermediate, 1.5, (267, 200, 134), "Homestead", "Miami"),
        Make("Darlington Raceway", Intermediate, 1.366, (293, 147, 147), "Darlington"),
        Make("Michigan International Speedway", Intermediate, 2.0, (200, 125, 100), "Michigan", "MIS"),
        // A 1.33-mile concrete oval: "superspeedway" is only its name.
        Make("Nashville Superspeedway", Intermediate, 1.33, (300, 188, 150), "Nashville"),
        Make("Auto Club Speedway", Intermediate, 2.0, (200, 150, null), "Fontana", "California Speedway", "Auto Club"),
        Make("Chicagoland Speedway", Intermediate, 1.5, (267, 200, 150), "Chicagoland", "Joliet"),
        Make("Kentucky Speedway", Intermediate, 1.5, (267, 200, 150), "Kentucky", "Sparta"),

        Make("Phoenix Raceway", Flat, 1.0, (312, 200, 150), "Phoenix", "ISM Raceway", "Phoenix International Raceway"),
        Make("Pocono Raceway", Flat, 2.5, (160, 90, 60), "Pocono"),
        Make("New Hampshire Motor Speedway", Flat, 1.058, (301, 200, null), "New Hampshire", "Loudon", "NHMS"),
        Make("World Wide Technology Raceway", Flat, 1.25, (240, null, 160), "World Wide Technology Raceway at Gateway", "Gateway", "WWT Raceway", "WWTR"),
        Make("Indianapolis Motor Speedway", Flat, 2.5, (160, 100, null), "Indianapolis", "Indy", "IMS"),
        Make("Milwaukee Mile", Flat, 1.0, (null, null, 175), "Milwaukee Mile Speedway", "Milwaukee"),

        Make("Bristol Motor Speedway", ShortTrack, 0.533, (500, 300, 200), "Bristol"),
        Make("Martinsville Speedway", ShortTrack, 0.526, (400, 250, 200), "Martinsville"),
        Make("Richmond Raceway", ShortTrack, 0.75, (400, 250, 250), "Richmond"),
        Make("North Wilkesboro Speedway", ShortTrack, 0.625, (200, null, 250), "North Wilkesboro", "Wilkesboro"),
        Make("Iowa Speedway", ShortTrack, 0.875, (350, 250, 200), "Iowa", "Newton"),
        // One-mile ovals with steep banks race like short tracks (tire wear, long green runs), not like the aero-bound 1.5-milers.
        Make("Dover Motor Speedway", ShortTrack, 1.0, (400, 200, 200), "Dover International Speedway", "Dover", "Monster Mile"),
        Make("Rockingham Speedway", ShortTrack, 0.94, (null, 250, 200), "Rockingham"),
        Make("Lucas Oil Indianapolis Raceway Park", ShortTrack, 0.686, (null, null, 200), "Indianapolis Raceway Park", "Lucas Oil Raceway", "IRP"),
        Make("Los Angeles Memorial Coliseum", ShortTrack, 0.25, (150, null, null), "LA Coliseum", "Coliseum"),
        Make("Bowman Gray Stadium", ShortTrack, 0.25, (200, null, null), "Bowman Gray", "Winston-Salem"),

        Make("Watkins Glen International", RoadCourse, 2.45, (90, 82, null), "Watkins Glen", "The Glen", "WGI"),
        Make("Sonoma Raceway", RoadCourse, 1.99, (110, 79, null), "Sonoma", "Sears Point"),
        // The Cup race moved to the shorter National layout (2.3 miles) in 2025; the length is the full circuit's, which the
        // 2019-2024 history was raced on and the fitted rates per mile rest on.
        Make("Circuit of The Americas", RoadCourse, 3.41, (95, null, null), "COTA"),
        Make("Charlotte Motor Speedway Road Course", RoadCourse, 2.28, (109, 67, null), "Charlotte Roval", "Roval", "Charlotte Road Course"),
        Make("Indianapolis Motor Speedway Road Course", RoadCourse, 2.439, (82, 62, null), "Indianapolis Road Course", "Indy Road Course"),
        Make("Daytona Road Course", RoadCourse, 3.61, (70, null, null), "Daytona International Speedway Road Course"),
        Make("Road America", RoadCourse, 4.048, (62, 45, null), "Elkhart Lake"),
        Make("Mid-Ohio Sports Car Course", RoadCourse, 2.258, (null, 75, 67), "Mid-Ohio"),
        Make("Portland International Raceway", RoadCourse, 1.967, (null, 75, null), "Portland"),
        Make("Canadian Tire Motorsport Park", RoadCourse, 2.459, (null, null, 64), "Mosport", "CTMP"),
        // A permanent circuit, so a road course despite sitting in a city. Accents fold away, so "Autódromo" finds it too.
        Make("Autodromo Hermanos Rodriguez", RoadCourse, 2.42, (100, null, null), "Mexico City"),

        Make("Chicago Street Race", StreetCourse, 2.2, (75, 50, null), "Chicago Street Course", "Chicago", "Grant Park"),
        Make("Naval Base Coronado Street Course", StreetCourse, 3.4, (null, null, null), "San Diego", "Coronado"),

        Make("Bristol Motor Speedway Dirt", Dirt, 0.533, (250, null, 150), "Bristol Dirt"),
        Make("Eldora Speedway", Dirt, 0.5, (null, null, 150), "Eldora"),
        Make("Knoxville Raceway", Dirt, 0.5, (null, null, 150), "Knoxville"),
    ];

    private static readonly Dictionary<string, Track> ByName = All
        .SelectMany(track => track.Aliases.Prepend(track.Name).Select(name => (Key: NameText.Fold(name), Track: track)))
        .ToDictionary(entry => entry.Key, entry => entry.Track);

    // Longest first, so "Daytona Road Course" in a race name wins over "Daytona".
    private static readonly (string Key, Track Track)[] NamesLongestFirst = ByName
        .Select(entry => (entry.Key, entry.Value))
        .OrderByDescending(entry => entry.Key.Length)
        .ToArray();

    /// <summary>The track with this name or alias, ignoring case, accents, punctuation and spacing.</summary>
    public static Track? Find(string name) => ByName.GetValueOrDefault(NameText.Fold(name));

    /// <summary>
    /// Best effort: the track (and series and length, for a known race) a race name such as
    /// "Brickyard 400 presented by PPG" points to. Known race names are tried first, then any track name or alias
    /// appearing as whole words in the race name ("Go Bowling at The Glen"). Null when nothing matches.
    /// </summary>
    public static RaceIdentity? IdentifyRace(string raceName)
    {
        var words = $" {NameText.Fold(raceName)} ";
        if (KnownRaces.Find(words) is { } race)
        {
            return new RaceIdentity(ByName[NameText.Fold(race.Track)], race.Series, race.Laps);
        }

        foreach (var (key, track) in NamesLongestFirst)
        {
            if (words.Contains($" {key} ", StringComparison.Ordinal))
            {
                return new RaceIdentity(track, null, null);
            }
        }

        return null;
    }

    private static Track Make(string name, TrackType type, double miles, (int? Cup, int? OReilly, int? Trucks) laps, params string[] aliases)
    {
        var usual = new Dictionary<Series, int>();
        foreach (var (series, value) in new[] { (Series.Cup, laps.Cup), (Series.OReilly, laps.OReilly), (Series.Trucks, laps.Trucks) })
        {
            if (value is { } known)
            {
                usual[series] = known;
            }
        }

        return new Track(name, type, miles, usual, aliases);
    }
}
