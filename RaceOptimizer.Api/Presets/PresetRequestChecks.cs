using System.Text.Json;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Contracts.Presets;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Api.Presets;

/// <summary>The checks of a preset as it comes in, by a request or an imported document.</summary>
internal static class PresetRequestChecks
{
    extension(PresetRequest request)
    {
        /// <summary>The preset's checked fields, or every problem keyed by field (each key prefixed by <paramref name="at"/>).</summary>
        public (PresetFields? Fields, Dictionary<string, string[]> Errors) Read(string at = "")
        {
            var errors = new Dictionary<string, string[]>();
            void Reject(string field, string message) => errors[at + field] = [message];

            var name = Text(request.Name);
            if (name is null)
            {
                Reject("name", "is required");
            }
            else if (name.Length > PresetRequest.MaxNameLength)
            {
                Reject("name", $"must be at most {PresetRequest.MaxNameLength} characters");
            }

            Series? series = null;
            if (Text(request.Series) is { } seriesText)
            {
                series = SeriesNames.TryParse(seriesText, out var known) ? known : null;
                if (series is null)
                {
                    Reject("series", $"'{seriesText}' is not a series: use {PresetRequest.ExpectedSeries}");
                }
            }

            string? track = null;
            if (Text(request.Track) is { } trackText)
            {
                track = TrackCatalog.Find(trackText)?.Name;
                if (track is null)
                {
                    Reject("track", $"'{trackText}' is not a known track: use its name or a short name, such as 'Kansas Speedway' or 'Kansas'");
                }
            }

            Site? site = null;
            if (Text(request.Site) is { } siteText)
            {
                site = SiteNames.TryParse(siteText, out var known) ? known : null;
                if (site is null)
                {
                    Reject("site", $"'{siteText}' is not a site: use {SiteNames.Expected}");
                }
            }

            var settings = request.Settings is { ValueKind: JsonValueKind.Object } sent ? sent.GetRawText() : null;
            if (settings is null)
            {
                Reject("settings", "is required: a JSON object of optimizer settings");
            }
            else if (settings.Length > PresetRequest.MaxSettingsLength)
            {
                Reject("settings", $"is {settings.Length} characters of JSON; at most {PresetRequest.MaxSettingsLength} are allowed");
            }

            return errors.Count > 0 ? (null, errors) : (new PresetFields(name!, series, track, site, settings!), errors);
        }
    }

    private static string? Text(string? value) => value?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}

/// <summary>A preset's fields once checked: the track by its catalog name, the settings as their JSON text.</summary>
public sealed record PresetFields(string Name, Series? Series, string? Track, Site? Site, string Settings);
