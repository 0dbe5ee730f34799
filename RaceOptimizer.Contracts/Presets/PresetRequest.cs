using System.Text.Json;

namespace RaceOptimizer.Contracts.Presets;

/// <summary>
/// The body of `POST` and `PUT /api/presets`, and one preset of an imported document: `name` and `settings` (a JSON
/// object: the API stores any, the UI writes optimizer options and its GPU switch) are required; `series`, `track` (a
/// catalog name or alias) and `site` (dk or fd) narrow where it applies.
/// </summary>
public sealed record PresetRequest(string? Name, string? Series, string? Track, string? Site, JsonElement? Settings)
{
    public const int MaxNameLength = 200;

    public const string ExpectedSeries = "Cup, OReilly or Trucks";

    /// <summary>Far above any set of optimizer options; it keeps a stray document from being stored as a preset.</summary>
    public const int MaxSettingsLength = 64 * 1024;
}
