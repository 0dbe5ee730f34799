namespace RaceOptimizer.Contracts.History;

/// <summary>`GET /api/history`: what the imported loop data covers; races per series keyed by the series' name.</summary>
public sealed record HistorySummary(int Rows, int Races, int Drivers, DateOnly? From, DateOnly? To, IReadOnlyDictionary<string, int> RacesBySeries)
{
    /// <summary>Races Core could not use, and why.</summary>
    public IReadOnlyList<SkippedRaceInfo> Skipped { get; init; } = [];
}

public sealed record SkippedRaceInfo(string Series, string Track, DateOnly Date, string Reason);

/// <summary>The answer to a loop data import (`POST /api/history`): rows read, new ones stored, ones already there.</summary>
public sealed record HistoryImport(int Rows, int Imported, int AlreadyPresent, int Races, int Drivers);

/// <summary>
/// A driver's strength on one track type (`GET /api/history/ratings`), with how many races (all, and of that type) it
/// rests on, and his tendencies against the field's (1: the field's; lead ability 0: none beyond chance).
/// </summary>
public sealed record DriverRatingInfo(string Driver, double Strength, int Races, int TrackTypeRaces)
{
    public double IncidentFactor { get; init; } = 1;

    public double MechanicalFactor { get; init; } = 1;

    public double LeadAbility { get; init; }
}
