using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tracks;

/// <summary>A racing layout. A venue with two layouts (Charlotte oval and Roval, Bristol concrete and dirt) is two tracks.</summary>
/// <param name="Name">The name used in the catalog and in <see cref="Race.Track"/>.</param>
/// <param name="Miles">Length of a lap: what turns the fitted rates per mile into chances per lap.</param>
/// <param name="UsualLaps">Scheduled laps of a points race there, per series that races there, where known.</param>
/// <param name="Aliases">Other names the track goes by: former names, short names, the town.</param>
public sealed record Track(string Name, TrackType Type, double Miles, IReadOnlyDictionary<Series, int> UsualLaps, IReadOnlyList<string> Aliases)
{
    /// <summary>How the track raced before a reconfiguration changed its type; null when it never did.</summary>
    public FormerLayout? Former { get; init; }

    public int? UsualLapsFor(Series series) => UsualLaps.TryGetValue(series, out var laps) ? laps : null;

    /// <summary>The type the track had on a date: history before a reconfiguration must be rated as what it was then.</summary>
    public TrackType TypeOn(DateOnly date) => Former is { } former && date < former.Until ? former.Type : Type;
}

/// <summary>The type a track had before <paramref name="Until"/>.</summary>
public sealed record FormerLayout(TrackType Type, DateOnly Until);
