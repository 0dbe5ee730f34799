using RaceOptimizer.Contracts.Presets;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Api.Presets;

/// <summary>
/// The filters of `GET /api/presets`: the presets that fit a race of this series at this track. A preset that names
/// no series (or no track) fits every one, so a general preset shows up beside the track's own.
/// </summary>
public sealed record PresetQuery(string? Series, string? Track)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(Series) && !SeriesNames.TryParse(Series, out _))
        {
            errors["series"] = [$"'{Series}' is not a series: use {PresetRequest.ExpectedSeries}"];
        }

        if (!string.IsNullOrWhiteSpace(Track) && TrackCatalog.Find(Track) is null)
        {
            errors["track"] = [$"'{Track}' is not a known track"];
        }

        return errors;
    }

    public IQueryable<PresetRecord> Apply(IQueryable<PresetRecord> presets)
    {
        if (SeriesNames.TryParse(Series, out var series))
        {
            presets = presets.Where(p => p.Series == null || p.Series == series);
        }

        if (!string.IsNullOrWhiteSpace(Track) && TrackCatalog.Find(Track) is { } track)
        {
            presets = presets.Where(p => p.Track == null || p.Track == track.Name);
        }

        return presets;
    }
}
