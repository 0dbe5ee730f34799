using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Api.Apis;

/// <summary>
/// A slate's locks and excludes, kept with it so they survive a reload, a restart and a backup. Saved only when the
/// optimizer's own rules accept them (roster, grid, cap), so the race page warns as the player clicks, not at Optimize.
/// </summary>
public static class SlateChoicesApi
{
    public static IEndpointRouteBuilder MapSlateChoicesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/slates/{id}/choices").WithTags("Slates").MapPut("/", PutAsync);
        return app;
    }

    /// <summary>Replaces the slate's locks and excludes (site ids) and answers the slate; nothing changes when they are refused.</summary>
    public static async Task<Results<Ok<SlateDetails>, ProblemHttpResult>> PutAsync(
        string id, DriverChoicesInfo choices, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var slate = await db.Slates.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (slate is null)
        {
            return ApiProblems.SlateNotFound(id);
        }

        var indexOf = slate.Drivers.Select((driver, index) => (driver.SiteId, index)).ToDictionary(d => d.SiteId, d => d.index);
        var errors = new Dictionary<string, string[]>();
        var locks = Indices("locked", choices.Locked ?? [], indexOf, errors);
        var excludes = Indices("excluded", choices.Excluded ?? [], indexOf, errors);
        if (errors.Count == 0 && DriverChoices.Problem(slate.ToSlate(), locks, excludes) is { } problem)
        {
            errors[problem.Constraint == "locks" ? "locked" : "excluded"] = [problem.Message];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        slate.Choices = new DriverChoicesInfo(
            [.. locks.Select(i => slate.Drivers[i].SiteId)],
            [.. excludes.Select(i => slate.Drivers[i].SiteId)]);
        await db.SaveChangesAsync(cancellationToken);
        var hasResults = await db.SlateResults.AnyAsync(r => r.SlateId == id, cancellationToken);
        return TypedResults.Ok(SlateDetails.Of(slate, hasResults));
    }

    /// <summary>The slate indices of the site ids, each once and in slate order; an id the slate lacks is named by its place.</summary>
    private static List<int> Indices(string field, IReadOnlyList<string> siteIds, Dictionary<string, int> indexOf, Dictionary<string, string[]> errors)
    {
        for (var i = 0; i < siteIds.Count; i++)
        {
            if (!indexOf.ContainsKey(siteIds[i] ?? string.Empty))
            {
                errors[$"{field}[{i}]"] = [$"'{siteIds[i]}' is not a driver of this slate"];
            }
        }

        return [.. siteIds.Where(id => id is not null && indexOf.ContainsKey(id)).Select(id => indexOf[id]).Distinct().Order()];
    }
}
