using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Import;

/// <summary>
/// What the user tells the importer instead of letting it guess. Every value overrides the guess:
/// the site is read from the salary file's header; the track, series and length from the race name
/// (<see cref="TrackCatalog.IdentifyRace"/>): a known race name gives all three, a track name inside the race name
/// gives the track only. What stays unknown is reported as a problem asking the user to choose.
/// FanDuel player lists do not name the race, so a FanDuel slate needs at least the track and series.
/// </summary>
public sealed record SlateImportOptions
{
    /// <summary>The site the user says the salary file is from; a file from the other site is then refused.</summary>
    public Site? Site { get; init; }

    public Series? Series { get; init; }

    /// <summary>One of <see cref="TrackCatalog.All"/>.</summary>
    public Track? Track { get; init; }

    /// <summary>Overrides the race name of the salary file (DraftKings' Game Info).</summary>
    public string? RaceName { get; init; }

    public DateOnly? Date { get; init; }

    public int? ScheduledLaps { get; init; }

    /// <summary>The slate's id; by default the site and a hash of the salary file, so re-importing a file gives the same id.</summary>
    public string? Id { get; init; }

    /// <summary>The slate's name; by default the race name.</summary>
    public string? Name { get; init; }
}
