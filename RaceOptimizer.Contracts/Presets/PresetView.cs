using System.Text.Json;

namespace RaceOptimizer.Contracts.Presets;

/// <summary>A saved set of optimizer settings as `/api/presets` shows it: the settings as JSON, not a string.</summary>
/// <param name="Series">`Cup`, `OReilly` or `Trucks`; null: any series.</param>
/// <param name="Site">`DraftKings` or `FanDuel`; null: either site.</param>
public sealed record PresetView(
    string Id,
    string Name,
    string? Series,
    string? Track,
    string? Site,
    JsonElement Settings,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>What `POST /api/presets/import` did; renamed presets are among the imported.</summary>
public sealed record PresetImportResult(int Imported, int Skipped, int Renamed)
{
    public IReadOnlyList<PresetView> Presets { get; init; } = [];
}
