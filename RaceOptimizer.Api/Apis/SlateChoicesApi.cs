using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Contracts.Slates;

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

        var problems = SlateChoiceRules.Problems(slate, choices).ToList();
        if (problems.Count > 0)
        {
            return ApiProblems.BadFields(problems.ToDictionary(p => p.Field, p => new[] { p.Message }));
        }

        slate.Choices = SlateChoiceRules.Normalized(slate, choices);
        await db.SaveChangesAsync(cancellationToken);
        var hasResults = await db.SlateResults.AnyAsync(r => r.SlateId == id, cancellationToken);
        return TypedResults.Ok(SlateDetails.Of(slate, hasResults));
    }
}
