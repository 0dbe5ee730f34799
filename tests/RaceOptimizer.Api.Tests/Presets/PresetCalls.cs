using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Api.Presets;

namespace RaceOptimizer.Api.Tests.Presets;

/// <summary>Preset requests as the tests make them.</summary>
internal static class PresetCalls
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static object Preset(string name, string? series = null, string? track = null, string? site = null, object? settings = null) =>
        new { name, series, track, site, settings = settings ?? new { lineups = 20, maxExposure = 0.5 } };

    public static async Task<PresetView> CreatePresetAsync(this HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/presets", request, Cancellation);
        var preset = await response.ReadAsync<PresetView>(HttpStatusCode.Created);
        Assert.Equal($"/api/presets/{preset.Id}", response.Headers.Location?.OriginalString);
        return preset;
    }

    public static async Task<List<PresetView>> PresetsAsync(this HttpClient client, string query = "") =>
        await client.GetFromJsonAsync<List<PresetView>>($"/api/presets{query}", Cancellation) ?? [];

    /// <summary>Names are what a user tells presets apart by.</summary>
    public static IEnumerable<string> Names(this IEnumerable<PresetView> presets) => presets.Select(p => p.Name);
}
