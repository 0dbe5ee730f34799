using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Jobs;

namespace RaceOptimizer.Api.Apis;

/// <summary>The player's cut of an optimize job's portfolio: which lineups are kept, removing one, locking one in.</summary>
public static class KeptPortfolioApi
{
    public static IEndpointRouteBuilder MapKeptPortfolioApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/jobs/{id}").WithTags("Jobs");
        api.MapGet("/portfolio", GetAsync);
        api.MapDelete("/lineups/{number:int}", RemoveAsync);
        api.MapPut("/lineups/{number:int}/lock", LockAsync);
        api.MapDelete("/lineups/{number:int}/lock", UnlockAsync);
        return app;
    }

    public static async Task<Results<Ok<KeptPortfolio>, ProblemHttpResult>> GetAsync(string id, JobStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } job)
        {
            return JobsApi.JobNotFound(id);
        }

        var (result, problem) = KeptLineups.Read(job);
        return result is null ? NoLineups(problem!) : TypedResults.Ok(KeptLineups.Portfolio(result, job));
    }

    /// <summary>
    /// Removes lineup <paramref name="number"/> (from 1, as the results number them) from the exports and the entries fill;
    /// removing it again changes nothing. The last kept lineup stays: an empty portfolio uploads nothing; a locked one
    /// stays until it is unlocked.
    /// </summary>
    public static Task<Results<Ok<KeptPortfolio>, ProblemHttpResult>> RemoveAsync(string id, int number, RaceOptimizerDb db, CancellationToken cancellationToken) =>
        ChangeAsync(id, number, db, (job, result) =>
        {
            if (job.RemovedLineups.Contains(number))
            {
                return null;
            }

            if (job.LockedLineups.Contains(number))
            {
                return Conflict($"Lineup {number} is locked into the portfolio: unlock it to remove it.", "The lineup is locked");
            }

            if (job.RemovedLineups.Count + 1 == result.Lineups.Count)
            {
                return Conflict($"Lineup {number} is the last one kept: a portfolio keeps at least one lineup.", "The last lineup stays");
            }

            job.RemovedLineups = [.. job.RemovedLineups.Append(number).Order()];
            return null;
        }, cancellationToken);

    /// <summary>Locks lineup <paramref name="number"/> into the portfolio: it cannot be removed while locked. Locking it again changes nothing; a removed lineup cannot be locked.</summary>
    public static Task<Results<Ok<KeptPortfolio>, ProblemHttpResult>> LockAsync(string id, int number, RaceOptimizerDb db, CancellationToken cancellationToken) =>
        ChangeAsync(id, number, db, (job, _) =>
        {
            if (job.RemovedLineups.Contains(number))
            {
                return Conflict($"Lineup {number} was removed from the portfolio: only a kept lineup can be locked.", "The lineup was removed");
            }

            job.LockedLineups = [.. job.LockedLineups.Append(number).Distinct().Order()];
            return null;
        }, cancellationToken);

    /// <summary>Unlocks lineup <paramref name="number"/>; unlocking one that is not locked changes nothing.</summary>
    public static Task<Results<Ok<KeptPortfolio>, ProblemHttpResult>> UnlockAsync(string id, int number, RaceOptimizerDb db, CancellationToken cancellationToken) =>
        ChangeAsync(id, number, db, (job, _) =>
        {
            job.LockedLineups = [.. job.LockedLineups.Where(n => n != number)];
            return null;
        }, cancellationToken);

    /// <summary>
    /// Finds the job and checks the lineup number, applies <paramref name="change"/> (which answers a problem, or null when
    /// the change is made or not needed), saves and answers the kept portfolio as it now is.
    /// </summary>
    private static async Task<Results<Ok<KeptPortfolio>, ProblemHttpResult>> ChangeAsync(
        string id, int number, RaceOptimizerDb db, Func<JobRecord, OptimizeJobResult, ProblemHttpResult?> change, CancellationToken cancellationToken)
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

        if (change(job, result) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(KeptLineups.Portfolio(result, job));
    }

    private static ProblemHttpResult Conflict(string detail, string title) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    private static ProblemHttpResult NoLineups(string problem) =>
        TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "No lineups");
}
