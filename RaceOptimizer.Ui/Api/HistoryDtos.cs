namespace RaceOptimizer.Ui.Api;

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
