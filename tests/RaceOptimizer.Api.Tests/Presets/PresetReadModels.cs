using System.Text.Json;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Tests.Presets;

// The API's preset JSON read back into Core's enums (the contract writes them as their names), so the tests keep
// asserting against Core's values.

public sealed record PresetView(string Id, string Name, Series? Series, string? Track, Site? Site, JsonElement Settings, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record PresetImportResult(int Imported, int Skipped, int Renamed, IReadOnlyList<PresetView> Presets);
