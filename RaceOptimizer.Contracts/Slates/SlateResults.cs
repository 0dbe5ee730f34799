namespace RaceOptimizer.Contracts.Slates;

/// <summary>`/api/slates/{id}/results`: the result attached to a slate, scored on the slate's site, with the names that did not line up either way.</summary>
/// <param name="Site">`DraftKings` or `FanDuel`.</param>
public sealed record SlateResults(
    string SlateId,
    string Site,
    ResultRaceInfo Race,
    DateTimeOffset AttachedAt,
    IReadOnlyList<SlateDriverScore> Drivers,
    IReadOnlyList<string> DriversWithoutResult,
    IReadOnlyList<string> ResultsWithoutDriver);

/// <summary>Which race a result is of. Series, track and date come with loop data, not with a plain results file.</summary>
/// <param name="Series">`Cup`, `OReilly` or `Trucks`; null when the result does not say.</param>
public sealed record ResultRaceInfo(string Name, string? Series, string? Track, DateOnly? Date);

/// <summary>A slate driver's actual points; Result is null (and the points zero) for a driver the result does not list.</summary>
public sealed record SlateDriverScore(string SiteId, string Name, int Salary, DriverResultInfo? Result, double Points, ScoreBreakdownInfo Breakdown);

/// <summary>One driver's line of a race result.</summary>
public sealed record DriverResultInfo(string Driver, int Start, int Finish, int LapsLed, int FastestLaps, int LapsCompleted, string Status);

/// <summary>A driver's fantasy points, item by item (two decimals at most); Total is their exact sum.</summary>
public sealed record ScoreBreakdownInfo(double Finish, double PlaceDifferential, double LapsLed, double FastestLaps, double LapsCompleted, double Total);
