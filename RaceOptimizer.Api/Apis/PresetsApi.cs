using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Presets;
using RaceOptimizer.Contracts.Presets;

namespace RaceOptimizer.Api.Apis;

/// <summary>Constraint presets: optimizer settings saved under a name, found again by series and track, moved between installs.</summary>
public static class PresetsApi
{
    public static IEndpointRouteBuilder MapPresetsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/presets").WithTags("Presets");
        api.MapPost("/", CreateAsync);
        api.MapGet("/", ListAsync);
        api.MapGet("/export", ExportAsync).Produces<PresetExport>(contentType: "application/json");
        api.MapPost("/import", ImportAsync);
        api.MapGet("/{id}", GetAsync);
        api.MapPut("/{id}", ReplaceAsync);
        api.MapDelete("/{id}", DeleteAsync);
        return app;
    }

    public static async Task<Results<Created<PresetView>, ProblemHttpResult>> CreateAsync(
        PresetRequest request, RaceOptimizerDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (fields, errors) = request.Read();
        if (fields is null)
        {
            return ApiProblems.BadFields(errors);
        }

        var preset = PresetRecord.Create(fields, time.GetUtcNow());
        db.Presets.Add(preset);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/presets/{preset.Id}", PresetView.Of(preset));
    }

    /// <summary>The presets that fit `series` and `track` (both optional), by name.</summary>
    public static async Task<Results<Ok<List<PresetView>>, ProblemHttpResult>> ListAsync(
        [AsParameters] PresetQuery query, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        var presets = await query.Apply(db.Presets.AsNoTracking()).OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(presets.Select(PresetView.Of).ToList());
    }

    public static async Task<Results<Ok<PresetView>, ProblemHttpResult>> GetAsync(string id, RaceOptimizerDb db, CancellationToken cancellationToken) =>
        await db.Presets.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is { } preset
            ? TypedResults.Ok(PresetView.Of(preset))
            : PresetNotFound(id);

    /// <summary>Replaces every field of the preset with the body's; it keeps its id and creation time.</summary>
    public static async Task<Results<Ok<PresetView>, ProblemHttpResult>> ReplaceAsync(
        string id, PresetRequest request, RaceOptimizerDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (fields, errors) = request.Read();
        if (fields is null)
        {
            return ApiProblems.BadFields(errors);
        }

        if (await db.Presets.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } preset)
        {
            return PresetNotFound(id);
        }

        preset.Replace(fields, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PresetView.Of(preset));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, RaceOptimizerDb db, CancellationToken cancellationToken) =>
        await db.Presets.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) == 0
            ? PresetNotFound(id)
            : TypedResults.NoContent();

    public static async Task<FileContentHttpResult> ExportAsync(RaceOptimizerDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var presets = await db.Presets.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var document = new PresetExport(PresetExport.CurrentFormat, time.GetUtcNow(), [.. presets.Select(PresetView.Of)]);
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(document, JsonSerializerOptions.Web), "application/json", "raceoptimizer-presets.json");
    }

    /// <summary>
    /// Adds the presets of an export as new presets. One whose name is taken (ignoring case) is skipped, or with
    /// `duplicates=rename` added as "Name (2)". A document with any invalid preset imports none.
    /// </summary>
    public static async Task<Results<Ok<PresetImportResult>, ProblemHttpResult>> ImportAsync(
        PresetImport document, string? duplicates, RaceOptimizerDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var onDuplicate = duplicates ?? DuplicateNames.Skip;
        if (onDuplicate is not (DuplicateNames.Skip or DuplicateNames.Rename))
        {
            errors["duplicates"] = [$"must be {DuplicateNames.Skip} or {DuplicateNames.Rename}"];
        }

        if (document.Presets is null)
        {
            errors["presets"] = ["is required: the presets of an export"];
        }

        var presets = document.Presets ?? [];
        var read = new List<PresetFields>();
        for (var i = 0; i < presets.Count; i++)
        {
            if (presets[i] is not { } request)
            {
                errors[$"presets[{i}]"] = ["must be a preset object"];
                continue;
            }

            var (fields, problems) = request.Read($"presets[{i}].");
            foreach (var (field, messages) in problems)
            {
                errors[field] = messages;
            }

            if (fields is not null)
            {
                read.Add(fields);
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        // Taking the write lock before reading the names keeps two imports at once from both claiming the same name.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = (await db.Presets.Select(p => p.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = time.GetUtcNow();
        var imported = new List<PresetRecord>();
        var (skipped, renamed) = (0, 0);
        foreach (var fields in read)
        {
            if (taken.Add(fields.Name))
            {
                imported.Add(PresetRecord.Create(fields, now));
            }
            else if (onDuplicate == DuplicateNames.Rename)
            {
                imported.Add(PresetRecord.Create(fields with { Name = DuplicateNames.Claim(fields.Name, taken) }, now));
                renamed++;
            }
            else
            {
                skipped++;
            }
        }

        db.Presets.AddRange(imported);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new PresetImportResult(imported.Count, skipped, renamed) { Presets = [.. imported.Select(PresetView.Of)] });
    }

    private static ProblemHttpResult PresetNotFound(string id) =>
        TypedResults.Problem($"There is no preset '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Preset not found");
}
