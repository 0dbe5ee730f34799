using System.Text.Json;
using RaceOptimizer.Contracts.Presets;

namespace RaceOptimizer.Api.Presets;

/// <summary>How a stored preset becomes the public contract's <see cref="PresetView"/>.</summary>
public static class PresetViews
{
    extension(PresetView)
    {
        public static PresetView Of(PresetRecord preset)
        {
            using var settings = JsonDocument.Parse(preset.Settings);
            return new(preset.Id, preset.Name, preset.Series?.ToString(), preset.Track, preset.Site?.ToString(), settings.RootElement.Clone(), preset.CreatedAt, preset.UpdatedAt);
        }
    }
}
