namespace RaceOptimizer.Ui.Api;

/// <summary>`GET /api/history`: what the imported loop data covers.</summary>
public sealed record HistorySummary(int Rows, int Races, int Drivers, DateOnly? From, DateOnly? To, IReadOnlyDictionary<string, int> RacesBySeries);

/// <summary>The answer to a loop data import: rows read, new ones stored, ones already there.</summary>
public sealed record HistoryImport(int Rows, int Imported, int AlreadyPresent, int Races, int Drivers);

/// <summary>A driver's strength on one track type, with how many races (all, and of that type) it rests on.</summary>
public sealed record DriverRating(string Driver, double Strength, int Races, int TrackTypeRaces);

/// <summary>The series and track types the ratings are asked for.</summary>
public static class RaceCatalog
{
    public static readonly string[] Series = ["Cup", "OReilly", "Trucks"];

    public static readonly string[] TrackTypes = ["Superspeedway", "Intermediate", "ShortTrack", "Flat", "RoadCourse", "StreetCourse", "Dirt"];
}

/// <summary>A saved set of optimizer settings.</summary>
public sealed record Preset(string Id, string Name, string? Series, string? Track, string? Site, System.Text.Json.JsonElement Settings, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record PresetRequest(string Name, string? Series, string? Track, string? Site, OptimizeOptions Settings);

public sealed record PresetImportResult(int Imported, int Skipped, int Renamed);
