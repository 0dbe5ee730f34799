namespace RaceOptimizer.Core.Slates;

/// <summary>The race a slate is played on.</summary>
/// <param name="Name">The race's name as the site shows it, e.g. "Brickyard 400 presented by PPG".</param>
/// <param name="Track">The track's name in the <see cref="Tracks.TrackCatalog"/>.</param>
/// <param name="ScheduledLaps">Scheduled length; overtime can add laps. Null when the catalog does not know it.</param>
public sealed record Race(string Name, Series Series, string Track, TrackType TrackType, int? ScheduledLaps, DateOnly? Date);
