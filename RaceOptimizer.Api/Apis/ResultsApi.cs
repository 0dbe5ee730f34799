using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.RaceResults;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Api.Uploads;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Apis;

/// <summary>Real race results: scored on their own, or attached to a slate to score its drivers and lineups.</summary>
public static class ResultsApi
{
    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/results").WithTags("Results").MapPost("/score", ScoreAsync).AcceptsUploads();

        var slate = app.MapGroup("/api/slates/{id}/results").WithTags("Results");
        slate.MapPost("/", AttachAsync).AcceptsUploads();
        slate.MapGet("/", GetAsync);
        slate.MapPost("/lineups", ScoreLineupsAsync);
        return app;
    }

    /// <summary>Every driver's fantasy points on one site (`site` = dk or fd) from an uploaded result, in finishing order.</summary>
    public static async Task<Results<Ok<List<DriverScore>>, ProblemHttpResult>> ScoreAsync(HttpRequest request, string? site, CancellationToken cancellationToken)
    {
        if (!SiteNames.TryParse(site, out var scoredSite))
        {
            var given = site is null ? "missing" : $"'{site}'";
            return ApiProblems.BadFields(new Dictionary<string, string[]> { ["site"] = [$"The site is {given}: use {SiteNames.Expected}."] });
        }

        var read = await ResultsUpload.ReadAsync(request, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Refusal;
        }

        var result = read.Value.Result;
        var drivers = DriverPoints.Of(result)
            .Select(p => DriverScore.Of(p.Result, scoredSite == Site.DraftKings ? p.DraftKings : p.FanDuel))
            .ToList();
        return TypedResults.Ok(drivers);
    }

    /// <summary>Attaches an uploaded result to the slate, replacing any attached before, and answers the drivers' points.</summary>
    public static async Task<Results<Ok<SlateResults>, ProblemHttpResult>> AttachAsync(
        string id, HttpRequest request, RaceOptimizerDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var slate = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (slate is null)
        {
            return ApiProblems.SlateNotFound(id);
        }

        var read = await ResultsUpload.ReadAsync(request, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Refusal;
        }

        var stored = new SlateResultRecord { SlateId = id, Result = read.Value.Result, AttachedAt = time.GetUtcNow() };
        var scored = AttachedResults.Of(slate, stored);
        if (scored.Drivers.All(d => d.Result is null))
        {
            return ApiProblems.BadFiles([new ImportProblem(
                read.Value.FileName,
                1,
                null,
                $"none of its {stored.Result.Drivers.Count} drivers is on the slate '{slate.Name}': is it the result of another race?")]);
        }

        // The transaction holds SQLite's write lock from its start (Microsoft.Data.Sqlite begins IMMEDIATE), so two uploads
        // at once replace one another instead of colliding on the key.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SlateResults.Where(r => r.SlateId == id).ExecuteDeleteAsync(cancellationToken);
        db.SlateResults.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(scored);
    }

    public static async Task<Results<Ok<SlateResults>, ProblemHttpResult>> GetAsync(string id, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, db, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        return TypedResults.Ok(AttachedResults.Of(found.Value.Slate, found.Value.Stored));
    }

    /// <summary>Scores lineups of the slate's player ids against the attached result; a lineup that breaks the site's rules refuses all.</summary>
    public static async Task<Results<Ok<PortfolioResult>, ProblemHttpResult>> ScoreLineupsAsync(
        string id, LineupsRequest body, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, db, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        if (body.Lineups is not { Count: > 0 } sent || sent.Any(ids => ids is null || ids.Any(string.IsNullOrWhiteSpace)))
        {
            return ApiProblems.BadFields(new Dictionary<string, string[]>
            {
                ["lineups"] = ["Send at least one lineup, each a list of player ids with none blank: {\"lineups\":[[\"id\",...],...]}."],
            });
        }

        var slate = found.Value.Slate.ToSlate();
        var rules = ContestRules.For(slate.Site);
        var lineups = sent.Select(ids => new Lineup(ids)).ToList();
        var violations = lineups
            .SelectMany((lineup, i) => rules.Validate(lineup, slate).Select(v => new LineupProblem(i + 1, v.Rule, v.Message)))
            .ToList();
        if (violations.Count > 0)
        {
            return ApiProblems.BadLineups(violations);
        }

        return TypedResults.Ok(PortfolioResult.Of(new ResultScorer(slate, found.Value.Stored.Result).Score(lineups)));
    }

    private static async Task<Outcome<SlateWithResult>> FindAsync(string id, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var slate = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (slate is null)
        {
            return ApiProblems.SlateNotFound(id);
        }

        var stored = await db.SlateResults.AsNoTracking().SingleOrDefaultAsync(r => r.SlateId == id, cancellationToken);
        return stored is null ? ApiProblems.NoResults(id) : new SlateWithResult(slate, stored);
    }

    private sealed record SlateWithResult(SlateRecord Slate, SlateResultRecord Stored);
}
