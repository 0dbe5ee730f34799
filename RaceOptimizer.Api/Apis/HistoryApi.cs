using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Uploads;
using RaceOptimizer.Contracts.History;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Apis;

/// <summary>Past races (loop data) and the driver ratings Core derives from them per track type.</summary>
public static class HistoryApi
{
    private static readonly UploadPart File = new(
        "file", "loop data of past races, in the layout of loop-data-2019-2023.csv", Required: true, LimitBytes: ImportLimits.LoopDataFileBytes);

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/history").WithTags("History");
        api.MapPost("/", ImportAsync).AcceptsUploads();
        api.MapGet("/", SummaryAsync);
        api.MapGet("/ratings", RatingsAsync);
        return app;
    }

    /// <summary>Imports loop data; rows already stored are not added again, so the same file can be imported twice.</summary>
    public static async Task<Results<Ok<HistoryImport>, ProblemHttpResult>> ImportAsync(HttpRequest request, HistoryStore history, CancellationToken cancellationToken)
    {
        var read = await Upload.ReadAsync(request, [File], cancellationToken);
        if (!read.Succeeded)
        {
            return read.Refusal;
        }

        using var upload = read.Value;
        var file = upload.Required(File);
        var rows = LoopDataHistoryFile.Read(file.Content, file.FileName);
        return rows.Succeeded
            ? TypedResults.Ok(await history.ImportAsync(rows.Value, cancellationToken))
            : ApiProblems.BadFiles(rows.Problems);
    }

    public static async Task<HistorySummary> SummaryAsync(RaceOptimizerDb db, HistoryStore history, CancellationToken cancellationToken)
    {
        var rows = db.HistoryRows.AsNoTracking();
        var races = await history.HistoryAsync(cancellationToken);
        return new HistorySummary(
            await rows.CountAsync(cancellationToken),
            races?.Races.Count ?? 0,
            await rows.Select(r => r.Driver).Distinct().CountAsync(cancellationToken),
            await rows.MinAsync(r => (DateOnly?)r.Date, cancellationToken),
            await rows.MaxAsync(r => (DateOnly?)r.Date, cancellationToken),
            races?.Races.GroupBy(r => r.Series).ToDictionary(g => g.Key.ToString(), g => g.Count()) ?? [])
        {
            Skipped = [.. (races?.Skipped ?? []).Select(r => new SkippedRaceInfo(r.Series.ToString(), r.Track, r.Date, r.Reason))],
        };
    }

    /// <summary>Each driver's rating for a series and track type, from the races before a date (today by default).</summary>
    public static async Task<Results<Ok<List<DriverRatingInfo>>, ProblemHttpResult>> RatingsAsync(
        string? series, string? trackType, DateOnly? before, HistoryStore history, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!SeriesNames.TryParse(series, out var parsedSeries))
        {
            errors["series"] = ["must be Cup, OReilly or Trucks"];
        }

        if (!Enum.TryParse<TrackType>(trackType, ignoreCase: true, out var parsedType) || !Enum.IsDefined(parsedType))
        {
            errors["trackType"] = [$"must be one of {string.Join(", ", Enum.GetNames<TrackType>())}"];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        if (await history.HistoryAsync(cancellationToken) is not { } races)
        {
            return TypedResults.Ok(new List<DriverRatingInfo>());
        }

        var ratings = StrengthModel.Default.Rate(races, parsedSeries, parsedType, before ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return TypedResults.Ok(ratings.All.OrderByDescending(r => r.Strength)
            .Select(r => new DriverRatingInfo(r.Driver, r.Strength, r.Races, r.TrackTypeRaces)
            {
                IncidentFactor = r.IncidentFactor,
                MechanicalFactor = r.MechanicalFactor,
                LeadAbility = r.LeadAbility,
            })
            .ToList());
    }
}
