using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Api.Apis;

/// <summary>The track catalog, for the import dialog's track picker: the one list the API accepts in a slate's `track` field.</summary>
public static class TracksApi
{
    public static IEndpointRouteBuilder MapTracksApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/tracks").WithTags("Slates").MapGet("/", List);
        return app;
    }

    public static IReadOnlyList<TrackInfo> List() =>
        [.. TrackCatalog.All.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new TrackInfo(t.Name, t.Type.ToString(), t.Miles, t.Aliases))];
}
