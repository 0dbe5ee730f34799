using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tracks;

/// <summary>
/// Race names (without their "presented by" tails) that name one race of one series, so a salary file's race name
/// tells the series. Names a sponsor has used at two tracks (the Cook Out 400, the Würth 400) are left out: a wrong
/// guess costs more than asking.
/// </summary>
internal static class KnownRaces
{
    private static readonly KnownRace[] Races =
    [
        new("Daytona 500", "Daytona International Speedway", Series.Cup, 200),
        new("Coke Zero Sugar 400", "Daytona International Speedway", Series.Cup, 160),
        new("Coca-Cola 600", "Charlotte Motor Speedway", Series.Cup, 400),
        new("Brickyard 400", "Indianapolis Motor Speedway", Series.Cup, 160),
        new("Southern 500", "Darlington Raceway", Series.Cup, 367),
        new("Goodyear 400", "Darlington Raceway", Series.Cup, 293),
        new("Bass Pro Shops Night Race", "Bristol Motor Speedway", Series.Cup, 500),
        new("Food City 500", "Bristol Motor Speedway", Series.Cup, 500),
        new("GEICO 500", "Talladega Superspeedway", Series.Cup, 188),
        new("YellaWood 500", "Talladega Superspeedway", Series.Cup, 188),
        new("Jack Link's 500", "Talladega Superspeedway", Series.Cup, 188),
        new("Toyota/Save Mart 350", "Sonoma Raceway", Series.Cup, 110),
        new("Hollywood Casino 400", "Kansas Speedway", Series.Cup, 267),
        new("AdventHealth 400", "Kansas Speedway", Series.Cup, 267),
        new("Pennzoil 400", "Las Vegas Motor Speedway", Series.Cup, 267),
        new("South Point 400", "Las Vegas Motor Speedway", Series.Cup, 267),
        new("Shriners Children's 500", "Phoenix Raceway", Series.Cup, 312),
        new("Ally 400", "Nashville Superspeedway", Series.Cup, 300),
        new("Cracker Barrel 400", "Nashville Superspeedway", Series.Cup, 300),
        new("FireKeepers Casino 400", "Michigan International Speedway", Series.Cup, 200),
        new("Quaker State 400", "Atlanta Motor Speedway", Series.Cup, 260),
        new("Ambetter Health 400", "Atlanta Motor Speedway", Series.Cup, 260),
        new("EchoPark Automotive Grand Prix", "Circuit of The Americas", Series.Cup, null),
        new("Straight Talk Wireless 400", "Homestead-Miami Speedway", Series.Cup, 267),
        new("Dixie Vodka 400", "Homestead-Miami Speedway", Series.Cup, 267),
        new("Iowa Corn 350", "Iowa Speedway", Series.Cup, 350),
        new("Enjoy Illinois 300", "World Wide Technology Raceway", Series.Cup, 240),
        new("Xfinity 500", "Martinsville Speedway", Series.Cup, 500),
        new("Great American Getaway 400", "Pocono Raceway", Series.Cup, 160),
        new("Toyota Owners 400", "Richmond Raceway", Series.Cup, 400),
        new("Viva México 250", "Autodromo Hermanos Rodriguez", Series.Cup, 100),
        new("Grant Park", "Chicago Street Race", Series.Cup, null),
        new("Bank of America ROVAL 400", "Charlotte Motor Speedway Road Course", Series.Cup, 109),
        new("Go Bowling at The Glen", "Watkins Glen International", Series.Cup, 90),
        new("Pennzoil 250", "Indianapolis Motor Speedway", Series.OReilly, 100),
        new("United Rentals 300", "Daytona International Speedway", Series.OReilly, 120),
        new("Wawa 250", "Daytona International Speedway", Series.OReilly, 100),
        new("TSport 200", "Lucas Oil Indianapolis Raceway Park", Series.Trucks, 200),
        new("Fresh From Florida 250", "Daytona International Speedway", Series.Trucks, 100),
        new("NextEra Energy 250", "Daytona International Speedway", Series.Trucks, 100),
    ];

    private static readonly (string Words, KnownRace Race)[] ByWords = Races
        .Select(race => ($" {NameText.Fold(race.Name)} ", race))
        .ToArray();

    /// <summary>The scheduled lengths of the known races of a series at a track (catalog name).</summary>
    public static IEnumerable<int> LapsAt(string track, Series series) =>
        Races.Where(race => race.Track == track && race.Series == series && race.Laps is not null).Select(race => race.Laps!.Value);

    /// <param name="words">A folded race name with a space at either end.</param>
    public static KnownRace? Find(string words) =>
        ByWords.Where(entry => words.Contains(entry.Words, StringComparison.Ordinal)).Select(entry => entry.Race).FirstOrDefault();
}

internal sealed record KnownRace(string Name, string Track, Series Series, int? Laps);
