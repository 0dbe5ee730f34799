namespace RaceOptimizer.Core.Slates;

/// <summary>Reads a series from the names files use for it ("Cup", "O'Reilly", "Xfinity", "Trucks", ...).</summary>
public static class SeriesNames
{
    // Keys are folded (lower case, punctuation and spaces removed) so "O'Reilly" and "oreilly" agree.
    private static readonly Dictionary<string, Series> Names = new()
    {
        ["cup"] = Series.Cup,
        ["cupseries"] = Series.Cup,
        ["nascarcupseries"] = Series.Cup,
        ["oreilly"] = Series.OReilly,
        ["oreillyautopartsseries"] = Series.OReilly,
        ["xfinity"] = Series.OReilly,
        ["xfinityseries"] = Series.OReilly,
        ["trucks"] = Series.Trucks,
        ["truck"] = Series.Trucks,
        ["truckseries"] = Series.Trucks,
        ["craftsmantruckseries"] = Series.Trucks,
    };

    public static bool TryParse(string? text, out Series series)
    {
        var key = string.Concat((text ?? "").Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return Names.TryGetValue(key, out series);
    }

    /// <summary>The name people read: "Cup", "O'Reilly", "Trucks".</summary>
    public static string Display(Series series) => series switch
    {
        Series.OReilly => "O'Reilly",
        _ => series.ToString(),
    };
}
