namespace RaceOptimizer.Ui.Api;

/// <summary>A slate with its drivers, as `GET /api/slates/{id}` answers.</summary>
public sealed record SlateDetails(
    string Id,
    string Name,
    string Site,
    SlateRaceDetails Race,
    DateTimeOffset CreatedAt,
    bool HasResults,
    IReadOnlyList<SlateDriver> Drivers)
{
    /// <summary>What the grid changed: drivers who did not qualify, field cars, cars sent to the rear.</summary>
    public IReadOnlyList<SlateAdjustment> Adjustments { get; init; } = [];
}

/// <param name="Kind">DidNotQualify, FieldCar, StartsAtRear or NameMatched.</param>
public sealed record SlateAdjustment(string Kind, string Driver, string Detail);

public sealed record SlateRaceDetails(string Name, string Series, string Track, string TrackType, int? ScheduledLaps, DateOnly? Date);

/// <summary>A driver as the site sells him on one slate; what is not known yet (grid, projection, ownership) is null.</summary>
public sealed record SlateDriver(
    string Name,
    string SiteId,
    int Salary,
    int? Start = null,
    double? Projection = null,
    double? ProjectedFinish = null,
    double? Ownership = null,
    double? AvgPointsPerGame = null)
{
    /// <summary>Projected points per $1,000 of salary: how much a lineup gets for the cap it spends on him.</summary>
    public double? Value => Projection is { } points && Salary > 0 ? points / (Salary / 1000.0) : null;
}

/// <summary>One file of a slate import: its form part name, file name and content.</summary>
public sealed record SlateFile(string Part, string FileName, byte[] Content);

/// <summary>The files and fields of `POST /api/slates`; only the salary file is required.</summary>
/// <param name="Date">The race day: DraftKings exports carry none, and without it the drivers are rated as of the day after their series' latest race in the history.</param>
public sealed record SlateImport(IReadOnlyList<SlateFile> Files, string? Name, DateOnly? Date = null)
{
    public const string Salaries = "salaries";
    public const string Grid = "grid";
    public const string Projections = "projections";
    public const string Ownership = "ownership";
}

/// <summary>The result attached to a slate after the race, scored on the slate's site.</summary>
public sealed record SlateResults(string SlateId, string Site, IReadOnlyList<SlateDriverScore> Drivers);

public sealed record SlateDriverScore(string SiteId, string Name, double Points);
