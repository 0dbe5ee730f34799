using RaceOptimizer.Ui.Api;

namespace RaceOptimizer.Ui;

/// <summary>
/// Files the browser downloads (upload CSVs, exports, backups). The browser cannot reach the API (a service name
/// inside the app), so the UI fetches each file through its typed client and passes it on as an attachment.
/// </summary>
public static class Downloads
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("/downloads").ExcludeFromDescription();
        downloads.MapGet("/jobs", (JobsClient api, CancellationToken token) => SendAsync(api.ExportJobsAsync(token)));
        downloads.MapGet("/jobs/{id}/{format}", (string id, string format, string? driver, JobsClient api, CancellationToken token) =>
            format is "json" or "dk" or "fd" ? SendAsync(api.ExportJobAsync(id, format, driver, token)) : Task.FromResult(Results.NotFound()));
        downloads.MapGet("/presets", (PresetsClient api, CancellationToken token) => SendAsync(api.ExportPresetsAsync(token)));
        downloads.MapGet("/entries/{token}", (string token, FilledEntries files) =>
            files.Find(token) is { } file ? Results.File(file.Content, file.ContentType, file.FileName) : Results.NotFound());
        downloads.MapGet("/backup", (BackupClient api, CancellationToken token) => StreamAsync(api.OpenBackupAsync(token), token));
        return app;
    }

    private static async Task<IResult> SendAsync(Task<ApiFile> download)
    {
        try
        {
            var file = await download;
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (RaceOptimizerApiException exception)
        {
            return Failed(exception);
        }
    }

    /// <summary>Passes the API's body on as it arrives: a backup is never held whole here either.</summary>
    private static async Task<IResult> StreamAsync(Task<ApiFileStream> opening, CancellationToken cancellationToken)
    {
        try
        {
            var file = await opening;
            return Results.Stream(
                async body =>
                {
                    await using (file)
                    {
                        await file.CopyToAsync(body, cancellationToken);
                    }
                },
                file.ContentType,
                file.FileName);
        }
        catch (RaceOptimizerApiException exception)
        {
            return Failed(exception);
        }
    }

    private static IResult Failed(RaceOptimizerApiException exception) =>
        Results.Problem(exception.Message, statusCode: (int?)exception.StatusCode ?? StatusCodes.Status502BadGateway, title: "The download failed");
}
