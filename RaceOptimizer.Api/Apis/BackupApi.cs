using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Contracts.Backup;

namespace RaceOptimizer.Api.Apis;

/// <summary>The whole database as one JSON document, and back: to move to another machine or to undo a mistake.</summary>
public static partial class BackupApi
{
    /// <summary>A backup carries every job's result; far above Kestrel's 30 MB default so a long history still restores.</summary>
    public const long RequestLimitBytes = 512L * 1024 * 1024;

    public static IEndpointRouteBuilder MapBackupApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/backup").WithTags("Backup");
        api.MapGet("/", ExportAsync);
        api.MapPost("/", RestoreAsync).WithMetadata(new RequestSizeLimitAttribute(RequestLimitBytes));
        return app;
    }

    public static async Task<FileContentHttpResult> ExportAsync(RaceOptimizerDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var document = await BackupDocument.ReadAsync(db, now, cancellationToken);
        var fileName = $"raceoptimizer-backup-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.json";
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(document, BackupJson.Options), "application/json", fileName);
    }

    /// <summary>
    /// Restores a document of `GET /api/backup` as `mode` says (replace, merge or skipExisting), after copying the
    /// database aside. A document that does not read or check whole is refused and nothing changes.
    /// </summary>
    public static async Task<Results<Ok<RestoreReport>, ProblemHttpResult>> RestoreAsync(
        string? mode, HttpRequest request, RaceOptimizerDb db, ApiEnvironment environment, TimeProvider time, CancellationToken cancellationToken)
    {
        if (mode is null || !RestoreModes.All.Contains(mode))
        {
            var given = mode is null ? "missing" : $"'{mode}'";
            return ApiProblems.BadFields(new Dictionary<string, string[]> { ["mode"] = [$"is {given}: use {string.Join(", ", RestoreModes.All)}"] });
        }

        BackupDocument? backup;
        try
        {
            backup = await JsonSerializer.DeserializeAsync<BackupDocument>(request.Body, BackupJson.Options, cancellationToken);
        }
        catch (JsonException exception) when (JobVocabularyField(exception.Path) is { } field)
        {
            // A job's status, type or mode outside the vocabulary is a bad field of the backup, not unreadable JSON.
            return ApiProblems.BadFields(new Dictionary<string, string[]>
            {
                [field] = [$"is not one of {field.Split('.')[^1] switch
            {
                "status" => string.Join(", ", JobVocabulary.Names<JobStatus>()),
                "type" => string.Join(", ", JobVocabulary.Names<JobType>()),
                _ => string.Join(", ", JobVocabulary.Names<ExecutionMode>()),
            }}"]
            });
        }
        catch (JsonException exception)
        {
            return ApiProblems.BadRequest("The backup cannot be read", $"{exception.Message} Send a document of GET /api/backup.");
        }

        if (backup is null)
        {
            return ApiProblems.BadRequest("The backup cannot be read", "The body is JSON null. Send a document of GET /api/backup.");
        }

        // A job re-run or scored later needs its slate: one the backup lacks must stay in the database (not under replace).
        var slatesKept = mode == RestoreModes.Replace
            ? new HashSet<string>()
            : await db.Slates.AsNoTracking().Select(s => s.Id).ToHashSetAsync(cancellationToken);
        var errors = backup.Validate(slatesKept);
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        return TypedResults.Ok(await BackupRestore.RestoreAsync(db, backup, mode, environment.DataFolder, time, cancellationToken));
    }

    /// <summary>`jobs[3].status` for a JSON path into a job's status, type or execution mode; null for any other path.</summary>
    private static string? JobVocabularyField(string? path) =>
        path is not null && JobVocabularyPath().Match(path) is { Success: true } match ? $"jobs[{match.Groups[1].Value}].{match.Groups[2].Value}" : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\$\.jobs\[(\d+)\]\.(status|type|executionMode)$")]
    private static partial System.Text.RegularExpressions.Regex JobVocabularyPath();
}
