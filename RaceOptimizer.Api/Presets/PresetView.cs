using System.Text.Json;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Presets;

/// <summary>A preset as the API shows it: the settings as JSON, not a string.</summary>
public sealed record PresetView(
    string Id,
    string Name,
    Series? Series,
    string? Track,
    Site? Site,
    JsonElement Settings,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PresetView Of(PresetRecord preset)
    {
        using var settings = JsonDocument.Parse(preset.Settings);
        return new(preset.Id, preset.Name, preset.Series, preset.Track, preset.Site, settings.RootElement.Clone(), preset.CreatedAt, preset.UpdatedAt);
    }
}
