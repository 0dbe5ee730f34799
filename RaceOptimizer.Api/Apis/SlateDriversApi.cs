using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Apis;

/// <summary>
/// Edits of one driver of a stored slate. Only the projection: a user's own number beats the imported one, while the
/// site's facts (name, id, salary) and the grid come from the files and are not edited by hand.
/// </summary>
public static class SlateDriversApi
{
    /// <summary>Projections above this are typing mistakes: the best DraftKings NASCAR scores stay well under 150.</summary>
    public const double MaxProjection = 500;

    public static IEndpointRouteBuilder MapSlateDriversApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/slates/{id}/drivers").WithTags("Slates").MapPatch("/{siteId}", PatchAsync);
        return app;
    }

    /// <summary>Sets the driver's projection (null clears it) and answers the driver as stored.</summary>
    public static async Task<Results<Ok<SlateDriverInfo>, ProblemHttpResult>> PatchAsync(
        string id, string siteId, SlateDriverPatch patch, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        if (patch.Projection is { } projection && (!double.IsFinite(projection) || projection < 0 || projection > MaxProjection))
        {
            return ApiProblems.BadFields(new Dictionary<string, string[]> { ["projection"] = [$"must be a number from 0 to {MaxProjection}, or null to clear it"] });
        }

        var slate = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (slate is null)
        {
            return ApiProblems.SlateNotFound(id);
        }

        if (slate.Drivers.SingleOrDefault(d => d.SiteId == siteId) is not { } driver)
        {
            return TypedResults.Problem($"Slate '{id}' has no driver '{siteId}'.", statusCode: StatusCodes.Status404NotFound, title: "Driver not found");
        }

        var edited = driver with { Projection = patch.Projection };
        List<SlateDriver> drivers = [.. slate.Drivers.Select(d => d.SiteId == siteId ? edited : d)];
        await db.Slates.Where(s => s.Id == id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Drivers, drivers), cancellationToken);
        return TypedResults.Ok(edited.ToInfo());
    }
}

/// <summary>The body of `PATCH /api/slates/{id}/drivers/{siteId}`.</summary>
public sealed record SlateDriverPatch(double? Projection);
