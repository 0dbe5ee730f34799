using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Contracts.Backup;

namespace RaceOptimizer.Api.Apis;

/// <summary>The whole database as one JSON document, and back: to move to another machine or to undo a mistake.</summary>
public static class BackupApi
{
    /// <summary>A backup carries every job's result; far above Kestrel's 30 MB default so a long history still restores.</summary>
    public const long RequestLimitBytes = 512L * 1024 * 1024;

    public static IEndpointRouteBuilder MapBackupApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/backup").WithTags("Backup");
        api.MapGet("/", Export);
        api.MapPost("/", RestoreAsync).WithMetadata(new RequestSizeLimitAttribute(RequestLimitBytes));
        return app;
    }

    /// <summary>The document is streamed as its tables are read (<see cref="BackupDocument"/>), never held whole.</summary>
    public static PushStreamHttpResult Export(RaceOptimizerDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var fileName = $"raceoptimizer-backup-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.json";
        return TypedResults.Stream(output => BackupDocument.WriteAsync(db, now, output, cancellationToken), "application/json", fileName);
    }

    /// <summary>
    /// Restores a document of `GET /api/backup` as `mode` says (replace, merge or skipExisting), after copying the
    /// database aside. The body is spooled to the data folder, checked row by row, then restored from there: memory
    /// follows one row, not the backup. A document that does not read or check whole is refused and nothing changes.
    /// </summary>
    public static async Task<Results<Ok<RestoreReport>, ProblemHttpResult>> RestoreAsync(
        string? mode, HttpRequest request, RaceOptimizerDb db, ApiEnvironment environment, Jobs.Handlers.SimulationFiles simulations, TimeProvider time, CancellationToken cancellationToken)
    {
        if (mode is null || !RestoreModes.All.Contains(mode))
        {
            var given = mode is null ? "missing" : $"'{mode}'";
            return ApiProblems.BadFields(new Dictionary<string, string[]> { ["mode"] = [$"is {given}: use {string.Join(", ", RestoreModes.All)}"] });
        }

        BackupFile backup;
        try
        {
            backup = await BackupFile.SpoolAsync(request.Body, environment.DataFolder, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        await using (backup)
        {
            // A job re-run or scored later needs its slate: one the backup lacks must stay in the database (not under replace).
            var slatesKept = mode == RestoreModes.Replace
                ? new HashSet<string>()
                : await db.Slates.AsNoTracking().Select(s => s.Id).ToHashSetAsync(cancellationToken);
            var check = new BackupCheck(slatesKept);
            if (await backup.CheckAsync(check, cancellationToken) is { } unreadable)
            {
                return unreadable;
            }

            if (check.Finish() is { Any: true } errors)
            {
                return ApiProblems.BadFields(errors.ToDictionary());
            }

            var report = await BackupRestore.RestoreAsync(db, backup, mode, environment.DataFolder, time, cancellationToken);
            if (mode == RestoreModes.Replace)
            {
                // The replaced jobs are gone; their points matrices would only sit in the quota until evicted.
                simulations.DeleteAllBut(await db.Jobs.AsNoTracking().Select(j => j.Id).ToHashSetAsync(cancellationToken));
            }

            return TypedResults.Ok(report);
        }
    }

    /// <summary>Kestrel refuses a body over the limit by its declared length before reading it, or at the limit while spooling.</summary>
    private static ProblemHttpResult TooLarge() => ApiProblems.TooLarge(
        $"The backup is over the {RequestLimitBytes / (1024 * 1024)} MB limit of a restore. Restore a backup of GET /api/backup.");
}
