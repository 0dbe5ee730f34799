using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Uploads;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Uploads;

namespace RaceOptimizer.Api.Apis;

/// <summary>The whole life of a job: submit, follow, cancel, re-run, look back, export.</summary>
public static class JobsApi
{
    private static readonly UploadPart Entries = new("entries", "the entries file downloaded from DraftKings (DKEntries.csv) or FanDuel", Required: true);

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/jobs").WithTags("Jobs");
        api.MapPost("/", SubmitAsync).Accepts<JobRequest>("application/json");
        api.MapGet("/", ListAsync);
        api.MapGet("/stats", StatsAsync);
        api.MapGet("/events", Events);
        api.MapGet("/export", ExportAllAsync);
        api.MapGet("/{id}", GetAsync);
        api.MapDelete("/{id}", DeleteAsync);
        api.MapPost("/{id}/cancel", CancelAsync);
        api.MapPost("/{id}/rerun", RerunAsync);
        api.MapGet("/{id}/export", ExportAsync);
        api.MapPost("/{id}/entries", FillEntriesAsync).AcceptsUploads().Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return app;
    }

    public static async Task<Results<Accepted<JobView>, ProblemHttpResult>> SubmitAsync(
        BoundJobRequest request, JobSubmission submission, CancellationToken cancellationToken)
    {
        var errors = await submission.ValidateAsync(request, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        var job = await submission.SubmitAsync(request.Request, rerunOf: null, cancellationToken);
        return TypedResults.Accepted($"/api/jobs/{job.Id}", JobView.Of(job));
    }

    public static async Task<Results<Ok<JobPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] JobQuery query, RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        var jobs = query.Apply(db.Jobs.AsNoTracking());
        var total = await jobs.CountAsync(cancellationToken);
        var page = await jobs
            .OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new JobPage([.. page.Select(j => JobView.Of(j, withResult: false))], query.PageNumber, query.Size, total));
    }

    /// <summary>Counted by SQLite (GROUP BY status and mode); only the one or two middle durations are read for the median.</summary>
    public static async Task<JobStats> StatsAsync(RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var groups = await db.Jobs
            .GroupBy(j => new { j.Status, j.ExecutionMode })
            .Select(g => new { g.Key.Status, g.Key.ExecutionMode, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var finished = groups.Where(g => g.Status.IsFinished()).Sum(g => g.Count);
        var timed = db.Jobs.Where(j => j.Status == JobStatus.Completed && j.DurationMs != null).Select(j => j.DurationMs!.Value);
        var count = await timed.CountAsync(cancellationToken);
        var middle = count == 0 ? [] : await timed.OrderBy(d => d).Skip((count - 1) / 2).Take(count % 2 == 1 ? 1 : 2).ToListAsync(cancellationToken);
        return new JobStats(
            groups.Sum(g => g.Count),
            Enum.GetValues<JobStatus>().ToDictionary(s => s.Name(), s => groups.Where(g => g.Status == s).Sum(g => g.Count)),
            Enum.GetValues<ExecutionMode>().ToDictionary(m => m.Name(), m => groups.Where(g => g.ExecutionMode == m).Sum(g => g.Count)),
            finished == 0 ? null : (double)groups.Where(g => g.Status == JobStatus.Completed).Sum(g => g.Count) / finished,
            count == 0 ? null : await timed.AverageAsync(cancellationToken),
            count == 0 ? null : middle.Average());
    }

    public static ServerSentEventsResult<JobEvent> Events(JobEvents events, CancellationToken cancellationToken) =>
        TypedResults.ServerSentEvents(events.ListenAsync(cancellationToken), eventType: "job");

    public static async Task<Results<Ok<JobView>, ProblemHttpResult>> GetAsync(string id, JobStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } job ? TypedResults.Ok(JobView.Of(job)) : JobNotFound(id);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, RaceOptimizerDb db, JobStore store, Jobs.Handlers.SimulationFiles simulations, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } job)
        {
            return JobNotFound(id);
        }

        if (!job.Status.IsFinished())
        {
            return TypedResults.Problem($"Job '{id}' is {job.Status.Name()}: cancel it first.", statusCode: StatusCodes.Status409Conflict, title: "The job has not finished");
        }

        await db.Jobs.Where(j => j.Id == id).ExecuteDeleteAsync(cancellationToken);
        simulations.Delete(id);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<JobView>, ProblemHttpResult>> CancelAsync(
        string id, [AsParameters] JobCancelServices services, CancellationToken cancellationToken)
    {
        var (store, queue, events, time) = services;
        if (await store.CancelQueuedAsync(id, time.GetUtcNow()))
        {
            await queue.RemoveWaitingAsync(id);
        }
        else if (await store.RequestCancelAsync(id))
        {
            // The runner hears this at once; its heartbeat also reads the flag from SQLite within a second.
            await queue.RequestCancelAsync(id);
        }
        else if (await store.FindAsync(id, cancellationToken) is { } finished)
        {
            return TypedResults.Problem($"Job '{id}' is already {finished.Status.Name()}.", statusCode: StatusCodes.Status409Conflict, title: "The job has finished");
        }
        else
        {
            return JobNotFound(id);
        }

        var job = (await store.FindAsync(id, cancellationToken))!;
        await events.PublishAsync(JobEvent.Of(job, time.GetUtcNow()));
        return TypedResults.Ok(JobView.Of(job));
    }

    public static async Task<Results<Accepted<JobView>, ProblemHttpResult>> RerunAsync(
        string id, JobStore store, JobSubmission submission, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } original)
        {
            return JobNotFound(id);
        }

        var options = Jobs.Options.JobOptionsJson.Read(original.Type, original.Config);
        var request = JobRequest.For(original.Type, RerunName(original.Name), original.SlateId, original.GpuOffload, options);
        var errors = await submission.ValidateAsync(new BoundJobRequest(request), cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors); // e.g. its slate was deleted since
        }

        var job = await submission.SubmitAsync(request, rerunOf: original.Id, cancellationToken);
        return TypedResults.Accepted($"/api/jobs/{job.Id}", JobView.Of(job));
    }

    /// <summary>The job as JSON, or the upload CSV of its kept lineups; with <paramref name="driver"/> (a player id) only those holding him.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string id, string? format, string? driver, JobStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } job)
        {
            return JobNotFound(id);
        }

        return (format ?? "json") switch
        {
            "json" => TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(JobView.Of(job), JsonSerializerOptions.Web), "application/json", $"{job.Id}.json"),
            "dk" or "fd" => LineupExport.For(job, format!, string.IsNullOrWhiteSpace(driver) ? null : driver.Trim()) switch
            {
                ({ } file, _) => Csv(file),
                (_, var problem) => TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "No lineups to export"),
            },
            _ => ApiProblems.BadFields(new Dictionary<string, string[]> { ["format"] = ["must be json, dk or fd"] }),
        };
    }

    /// <summary>
    /// The player's DraftKings or FanDuel entries file (multipart part `entries`, the site known by its header) with every
    /// entry given one of the job's lineups; a file of the other site than the job's lineups is refused.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FillEntriesAsync(
        string id, HttpRequest request, JobStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } job)
        {
            return JobNotFound(id);
        }

        var read = await Upload.ReadAsync(request, [Entries], cancellationToken);
        if (!read.Succeeded)
        {
            return read.Refusal;
        }

        using var upload = read.Value;
        var file = upload.Required(Entries);
        var entries = EntriesFile.Read(file.Content, file.FileName);
        if (!entries.Succeeded)
        {
            return ApiProblems.BadFiles(entries.Problems);
        }

        return LineupExport.Fill(job, entries.Value) switch
        {
            ({ } fill, _) => Csv(fill.Write(LineupExport.FilledEntriesFileName(fill.File.Site))),
            (_, var problem) => TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "No lineups to fill the entries with"),
        };
    }

    public static async Task<FileContentHttpResult> ExportAllAsync(RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var jobs = await db.Jobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).ToListAsync(cancellationToken);
        var document = jobs.Select(j => JobView.Of(j)).ToList();
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(document, JsonSerializerOptions.Web), "application/json", "raceoptimizer-jobs.json");
    }

    private static FileContentHttpResult Csv(UploadFile file) => TypedResults.File(LineupExport.Bytes(file), "text/csv", file.FileName);

    private static string RerunName(string name)
    {
        const string Suffix = " (re-run)";
        return name[..Math.Min(name.Length, JobRequest.MaxNameLength - Suffix.Length)] + Suffix;
    }

    internal static ProblemHttpResult JobNotFound(string id) =>
        TypedResults.Problem($"There is no job '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Job not found");
}

/// <summary>What cancelling a job needs: the job in SQLite, its place in the queue and its watchers.</summary>
public sealed record JobCancelServices(JobStore Store, JobQueue Queue, JobEvents Events, TimeProvider Time);
