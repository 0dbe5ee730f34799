using System.Text.Json.Serialization;

namespace RaceOptimizer.Contracts.Slates;

/// <summary>A slate in a list (`GET /api/slates`): enough to pick one without reading its drivers.</summary>
/// <param name="Site">`DraftKings` or `FanDuel`.</param>
public sealed record SlateSummary(string Id, string Name, string Site, RaceInfo Race, int DriverCount, DateTimeOffset CreatedAt, bool HasResults);

/// <summary>
/// A slate with its drivers, the grid's field cars, and what the grid changed (`GET /api/slates/{id}`, and the answer
/// to `POST /api/slates`, which adds <see cref="Names"/>).
/// </summary>
public sealed record SlateDetails(
    string Id,
    string Name,
    string Site,
    RaceInfo Race,
    DateTimeOffset CreatedAt,
    bool HasResults,
    IReadOnlyList<SlateDriverInfo> Drivers)
{
    /// <summary>Grid cars the site does not sell (none before a grid is imported).</summary>
    public IReadOnlyList<FieldCarInfo> FieldCars { get; init; } = [];

    /// <summary>What the grid changed: drivers who did not qualify, field cars, cars sent to the rear, names matched.</summary>
    public IReadOnlyList<SlateAdjustmentInfo> Adjustments { get; init; } = [];

    /// <summary>The drivers the player locked into every lineup and excluded from all, kept with the slate.</summary>
    public DriverChoicesInfo Choices { get; init; } = DriverChoicesInfo.None;

    /// <summary>How the grid, projection and ownership names matched the salary file's: only in the answer to the upload.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NameMatchInfo? Names { get; init; }
}

/// <summary>
/// A slate's locks and excludes by site id (`GET /api/slates/{id}`'s `choices`, and the body of `PUT
/// /api/slates/{id}/choices`): the optimize page starts from them.
/// </summary>
public sealed record DriverChoicesInfo(IReadOnlyList<string> Locked, IReadOnlyList<string> Excluded)
{
    public static DriverChoicesInfo None { get; } = new([], []);
}

/// <summary>The race a slate is played on.</summary>
/// <param name="Series">`Cup`, `OReilly` or `Trucks`.</param>
/// <param name="TrackType">`Superspeedway`, `Intermediate`, `ShortTrack`, `Flat`, `RoadCourse`, `StreetCourse` or `Dirt`.</param>
public sealed record RaceInfo(string Name, string Series, string Track, string TrackType, int? ScheduledLaps, DateOnly? Date);

/// <summary>A driver as the site sells him on one slate; what is not known yet (grid, projection, ownership) is null.</summary>
/// <param name="Ownership">Projected ownership in percent.</param>
/// <param name="StartsAtRear">Sent to the rear before the green flag, scored from his qualified start.</param>
public sealed record SlateDriverInfo(
    string Name,
    string SiteId,
    int Salary,
    int? Start = null,
    double? Projection = null,
    double? ProjectedFinish = null,
    double? Ownership = null,
    double? AvgPointsPerGame = null,
    bool StartsAtRear = false);

/// <summary>A car on the starting grid that the site does not sell: it races, but is never in a lineup.</summary>
public sealed record FieldCarInfo(string Name, int Start, bool StartsAtRear = false);

/// <summary>What the import did about a difference between the grid and the slate.</summary>
/// <param name="Kind">`DidNotQualify`, `FieldCar`, `StartsAtRear` or `NameMatched`.</param>
public sealed record SlateAdjustmentInfo(string Kind, string Driver, string Detail);

/// <summary>How the names of the other files matched the salary file's.</summary>
public sealed record NameMatchInfo(IReadOnlyList<MatchedNameInfo> Matched, IReadOnlyList<UnmatchedNameInfo> Unmatched, IReadOnlyList<AbsentDriverInfo> Absent);

/// <param name="How">The rule that matched, as Core's NameMatchKind names it.</param>
public sealed record MatchedNameInfo(string File, int Line, string Name, string SlateName, string How);

public sealed record UnmatchedNameInfo(string File, int Line, string Name, string? Suggestion);

public sealed record AbsentDriverInfo(string File, string SlateName);
