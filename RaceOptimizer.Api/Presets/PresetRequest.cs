using System.Text.Json;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Api.Presets;

/// <summary>
/// The body of `POST` and `PUT /api/presets`, and one preset of an imported document: `name` and `settings` (a JSON
/// object) are required; `series`, `track` (a catalog name or alias) and `site` (dk or fd) narrow where it applies.
/// </summary>
public sealed record PresetRequest(string? Name, string? Series, string? Track, string? Site, JsonElement? Settings)
{
    public const int MaxNameLength = 200;

    public const string ExpectedSeries = "Cup, OReilly or Trucks";

    /// <summary>Far above any set of optimizer options; it keeps a stray document from being stored as a preset.</summary>
    public const int MaxSettingsLength = 64 * 1024;

    /// <summary>The preset's checked fields, or every problem keyed by field (each key prefixed by <paramref name="at"/>).</summary>
    public (PresetFields? Fields, Dictionary<string, string[]> Errors) Read(string at = "")
    {
        var errors = new Dictionary<string, string[]>();
        void Reject(string field, string message) => errors[at + field] = [message];

        var name = Text(Name);
        if (name is null)
        {
            Reject("name", "is required");
        }
        else if (name.Length > MaxNameLength)
        {
            Reject("name", $"must be at most {MaxNameLength} characters");
        }

        Series? series = null;
        if (Text(Series) is { } seriesText)
        {
            series = SeriesNames.TryParse(seriesText, out var known) ? known : null;
            if (series is null)
            {
                Reject("series", $"'{seriesText}' is not a series: use {ExpectedSeries}");
            }
        }

        string? track = null;
        if (Text(Track) is { } trackText)
        {
            track = TrackCatalog.Find(trackText)?.Name;
            if (track is null)
            {
                Reject("track", $"'{trackText}' is not a known track: use its name or a short name, such as 'Kansas Speedway' or 'Kansas'");
            }
        }

        Site? site = null;
        if (Text(Site) is { } siteText)
        {
            site = SiteNames.TryParse(siteText, out var known) ? known : null;
            if (site is null)
            {
                Reject("site", $"'{siteText}' is not a site: use {SiteNames.Expected}");
            }
        }

        var settings = Settings is { ValueKind: JsonValueKind.Object } sent ? sent.GetRawText() : null;
        if (settings is null)
        {
            Reject("settings", "is required: a JSON object of optimizer settings");
        }
        else if (settings.Length > MaxSettingsLength)
        {
            Reject("settings", $"is {settings.Length} characters of JSON; at most {MaxSettingsLength} are allowed");
        }

        return errors.Count > 0 ? (null, errors) : (new PresetFields(name!, series, track, site, settings!), errors);
    }

    private static string? Text(string? value) => value?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}

/// <summary>A preset's fields once checked: the track by its catalog name, the settings as their JSON text.</summary>
public sealed record PresetFields(string Name, Series? Series, string? Track, Site? Site, string Settings);
