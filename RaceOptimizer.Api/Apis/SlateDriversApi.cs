using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Apis;

/// <summary>
/// Edits of one driver of a stored slate: his projection and projected ownership, where a user's own number beats the
/// imported one, while the site's facts (name, id, salary) and the grid come from the files and are not edited by hand.
/// </summary>
public static class SlateDriversApi
{
    /// <summary>Projections above this are typing mistakes: the best DraftKings NASCAR scores stay well under 150.</summary>
    public const double MaxProjection = 500;

    /// <summary>Ownership is a percent of the field's lineups that hold the driver.</summary>
    public const double MaxOwnership = 100;

    public static IEndpointRouteBuilder MapSlateDriversApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/slates/{id}/drivers").WithTags("Slates").MapPatch("/{siteId}", PatchAsync);
        return app;
    }

    /// <summary>
    /// Sets the fields the body names, the driver's projection and ownership (null clears one; a field the body leaves
    /// out is left as it was), and answers the driver as stored.
    /// </summary>
    public static async Task<Results<Ok<SlateDriverInfo>, ProblemHttpResult>> PatchAsync(
        string id, string siteId, SlateDriverPatch patch, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        if (patch.Projection is { } projection && (!double.IsFinite(projection) || projection < 0 || projection > MaxProjection))
        {
            return ApiProblems.BadFields(new Dictionary<string, string[]> { ["projection"] = [$"must be a number from 0 to {MaxProjection}, or null to clear it"] });
        }

        if (OwnershipProblem(patch.Ownership) is { } ownershipProblem)
        {
            return ApiProblems.BadFields(new Dictionary<string, string[]> { ["ownership"] = [ownershipProblem] });
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

        var edited = driver with
        {
            Projection = patch.HasProjection ? patch.Projection : driver.Projection,
            Ownership = patch.HasOwnership ? patch.Ownership : driver.Ownership,
        };
        List<SlateDriver> drivers = [.. slate.Drivers.Select(d => d.SiteId == siteId ? edited : d)];
        await db.Slates.Where(s => s.Id == id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Drivers, drivers), cancellationToken);
        return TypedResults.Ok(edited.ToInfo());
    }

    /// <summary>
    /// Why a driver's projected ownership cannot be kept, or null when it can; a restored slate is held to it too (an
    /// imported projection is not: the projections file takes any number, so a real backup may hold one above this).
    /// </summary>
    public static string? OwnershipProblem(double? ownership) =>
        ownership is { } value && (!double.IsFinite(value) || value < 0 || value > MaxOwnership)
            ? $"must be a percent from 0 to {MaxOwnership}, or null to clear it"
            : null;
}

/// <summary>
/// The body of `PATCH /api/slates/{id}/drivers/{siteId}`: the fields it names are set (null clears one), the fields it
/// leaves out are kept. The JSON reader calls a property's setter only when the body names it, which is how a field
/// set to null is told from one left out.
/// </summary>
public sealed record SlateDriverPatch
{
    /// <summary>Projected DraftKings points, 0 to <see cref="SlateDriversApi.MaxProjection"/>; null clears it.</summary>
    public double? Projection
    {
        get;
        init
        {
            field = value;
            HasProjection = true;
        }
    }

    /// <summary>Projected ownership in percent, 0 to <see cref="SlateDriversApi.MaxOwnership"/>; null clears it.</summary>
    public double? Ownership
    {
        get;
        init
        {
            field = value;
            HasOwnership = true;
        }
    }

    [JsonIgnore]
    public bool HasProjection { get; private init; }

    [JsonIgnore]
    public bool HasOwnership { get; private init; }
}
