using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Jobs;

namespace RaceOptimizer.Api.Apis;

/// <summary>The player's cut of an optimize job's portfolio: which lineups are kept, and removing one.</summary>
public static class KeptPortfolioApi
{
    public static IEndpointRouteBuilder MapKeptPortfolioApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/jobs/{id}").WithTags("Jobs");
        api.MapGet("/portfolio", GetAsync);
        api.MapDelete("/lineups/{number:int}", RemoveAsync);
        return app;
    }

    public static async Task<Results<Ok<KeptPortfolio>, ProblemHttpResult>> GetAsync(string id, JobStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } job)
        {
            return JobsApi.JobNotFound(id);
        }

        var (result, problem) = KeptLineups.Read(job);
        return result is null ? NoLineups(problem!) : TypedResults.Ok(KeptLineups.Portfolio(result, job.RemovedLineups));
    }

    /// <summary>
    /// Removes lineup <paramref name="number"/> (from 1, as the results number them) from the exports and the entries fill;
    /// removing it again changes nothing. The last kept lineup stays: an empty portfolio uploads nothing.
    /// </summary>
    public static async Task<Results<Ok<KeptPortfolio>, ProblemHttpResult>> RemoveAsync(
        string id, int number, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        if (await db.Jobs.SingleOrDefaultAsync(j => j.Id == id, cancellationToken) is not { } job)
        {
            return JobsApi.JobNotFound(id);
        }

        var (result, problem) = KeptLineups.Read(job);
        if (result is null)
        {
            return NoLineups(problem!);
        }

        if (number < 1 || number > result.Lineups.Count)
        {
            return ApiProblems.BadFields(new Dictionary<string, string[]> { ["number"] = [$"must be a lineup number from 1 to {result.Lineups.Count}"] });
        }

        if (!job.RemovedLineups.Contains(number))
        {
            if (job.RemovedLineups.Count + 1 == result.Lineups.Count)
            {
                return TypedResults.Problem($"Lineup {number} is the last one kept: a portfolio keeps at least one lineup.", statusCode: StatusCodes.Status409Conflict, title: "The last lineup stays");
            }

            job.RemovedLineups = [.. job.RemovedLineups.Append(number).Order()];
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(KeptLineups.Portfolio(result, job.RemovedLineups));
    }

    private static ProblemHttpResult NoLineups(string problem) =>
        TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "No lineups");
}
