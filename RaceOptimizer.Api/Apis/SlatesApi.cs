using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Api.Uploads;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Api.Apis;

/// <summary>Slates: imported from a site's salary file plus the optional grid, projections and ownership, then kept.</summary>
public static class SlatesApi
{
    private static readonly UploadPart Salaries = new("salaries", "the DraftKings salary export or FanDuel player list", Required: true);
    private static readonly UploadPart Grid = new("grid", "the starting grid: driver,start and optionally rear");
    private static readonly UploadPart Projections = new("projections", "projections: driver and dk_points, fd_points or finish");
    private static readonly UploadPart Ownership = new("ownership", "projected ownership: driver,ownership");
    private static readonly IReadOnlyList<UploadPart> Parts = [Salaries, Grid, Projections, Ownership];

    public static IEndpointRouteBuilder MapSlatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/slates").WithTags("Slates");
        api.MapPost("/", ImportAsync).AcceptsUploads();
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", GetAsync);
        api.MapPatch("/{id}", RenameAsync);
        api.MapDelete("/{id}", DeleteAsync);
        return app;
    }

    /// <summary>Imports the uploaded files as a new slate; nothing is stored unless every file imports cleanly.</summary>
    public static async Task<Results<Created<SlateDetails>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, RaceOptimizerDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var read = await Upload.ReadAsync(request, Parts, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Refusal;
        }

        using var upload = read.Value;
        var (options, errors) = SlateFields.Read(upload.Fields);
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        var files = new SlateFiles(upload.Required(Salaries), upload.File(Grid), upload.File(Projections), upload.File(Ownership));
        var imported = SlateImport.Import(files, options with { Id = SlateIds.New() });
        if (!imported.Succeeded)
        {
            return ApiProblems.BadFiles(imported.Problems, imported.Names);
        }

        // Files that read cleanly may still be no contest: refused here, not at the first optimize.
        if (ContestRules.For(imported.Slate.Site).WhyNoLineup(imported.Slate) is { } noLineup)
        {
            return ApiProblems.BadFiles([new ImportProblem(files.Salaries.FileName, 1, null, noLineup)], imported.Names);
        }

        var slate = SlateRecord.From(imported.Slate, time.GetUtcNow());
        db.Slates.Add(slate);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/slates/{slate.Id}", SlateDetails.Of(slate, hasResults: false, imported.Names));
    }

    public static async Task<List<SlateSummary>> ListAsync(RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var slates = await db.Slates.AsNoTracking()
            .OrderByDescending(s => s.CreatedAt)
            .ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.Site, s.Race, s.DriverCount, s.CreatedAt, HasResults = db.SlateResults.Any(r => r.SlateId == s.Id) })
            .ToListAsync(cancellationToken);
        return [.. slates.Select(s => new SlateSummary(s.Id, s.Name, s.Site.ToString(), s.Race.ToInfo(), s.DriverCount, s.CreatedAt, s.HasResults))];
    }

    public static async Task<Results<Ok<SlateDetails>, ProblemHttpResult>> GetAsync(string id, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var slate = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (slate is null)
        {
            return ApiProblems.SlateNotFound(id);
        }

        return TypedResults.Ok(SlateDetails.Of(slate, await db.SlateResults.AnyAsync(r => r.SlateId == id, cancellationToken)));
    }

    /// <summary>Renames the slate and answers it as stored; a refused name changes nothing.</summary>
    public static async Task<Results<Ok<SlateDetails>, ProblemHttpResult>> RenameAsync(
        string id, SlateRename rename, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var name = rename.Name?.Trim();
        var problem = string.IsNullOrEmpty(name) ? "A slate needs a name." : SlateFields.NameProblem(name);
        if (problem is not null)
        {
            return ApiProblems.BadFields(new Dictionary<string, string[]> { ["name"] = [problem] });
        }

        if (await db.Slates.Where(s => s.Id == id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Name, name), cancellationToken) == 0)
        {
            return ApiProblems.SlateNotFound(id);
        }

        return await GetAsync(id, db, cancellationToken);
    }

    /// <summary>Deletes the slate and, through the foreign key, its attached result.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, RaceOptimizerDb db, CancellationToken cancellationToken) =>
        await db.Slates.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 0
            ? ApiProblems.SlateNotFound(id)
            : TypedResults.NoContent();
}
