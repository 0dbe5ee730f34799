using System.Globalization;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Api.Slates;

/// <summary>
/// The form fields of a slate upload, for what the files do not say (a FanDuel list names no race) or say wrong:
/// `name`, `site` (dk or fd), `series`, `track` (a catalog name or alias) and `date` (yyyy-MM-dd). All optional.
/// </summary>
internal static class SlateFields
{
    public static (SlateImportOptions Options, Dictionary<string, string[]> Errors) Read(IFormCollection form)
    {
        var errors = new Dictionary<string, string[]>();
        void Reject(string field, string message) => errors[field] = [message];

        var name = Field(form, "name");
        if (NameProblem(name) is { } nameProblem)
        {
            Reject("name", nameProblem);
        }

        Site? site = null;
        if (Field(form, "site") is { } siteText)
        {
            site = SiteNames.TryParse(siteText, out var known) ? known : null;
            if (site is null)
            {
                Reject("site", $"'{siteText}' is not a site: use {SiteNames.Expected}.");
            }
        }

        Series? series = null;
        if (Field(form, "series") is { } seriesText)
        {
            series = SeriesNames.TryParse(seriesText, out var known) ? known : null;
            if (series is null)
            {
                Reject("series", $"'{seriesText}' is not a series: use Cup, O'Reilly or Trucks.");
            }
        }

        var trackText = Field(form, "track");
        var track = trackText is null ? null : TrackCatalog.Find(trackText);
        if (trackText is not null && track is null)
        {
            Reject("track", $"'{trackText}' is not a known track: use its name or a short name, such as 'Indianapolis Motor Speedway' or 'Indianapolis'.");
        }

        DateOnly? date = null;
        if (Field(form, "date") is { } dateText)
        {
            date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
            if (date is null)
            {
                Reject("date", $"'{dateText}' is not a date like 2025-07-27.");
            }
        }

        return (new SlateImportOptions { Name = name, Site = site, Series = series, Track = track, Date = date }, errors);
    }

    /// <summary>Why a slate cannot have this name, or null when it can: the one rule of an import's `name` and a rename's.</summary>
    public static string? NameProblem(string? name) =>
        name?.Length > SlateRename.MaxNameLength
            ? $"The name is {name.Length} characters long; at most {SlateRename.MaxNameLength} are allowed."
            : null;

    private static string? Field(IFormCollection form, string key) =>
        form[key].FirstOrDefault()?.Trim() is { Length: > 0 } value ? value : null;
}
