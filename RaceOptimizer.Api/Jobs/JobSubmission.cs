using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Api.Jobs.Options;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Validates and queues jobs. The options are checked once, here, before anything is stored: their typed record's
/// rules (<see cref="OptionValidation"/>), then, when valid, an optimize job's against the slate (its players, its cap).
/// SQLite is written first (in a group commit with the submits arriving at the same time, <see cref="JobInbox"/>): once
/// the job is there it cannot be lost. Redis is told best-effort, so a submit never
/// waits on it for long; if Redis misses the push, <see cref="JobRecovery"/> queues the job again.
/// </summary>
public sealed class JobSubmission(
    RaceOptimizerDb db,
    JobInbox inbox,
    JobQueue queue,
    JobEvents events,
    IServiceProviderIsKeyedService handlers,
    Settings.SettingsStore settings,
    Microsoft.Extensions.Options.IOptions<JobOptions> options,
    TimeProvider time,
    ILogger<JobSubmission> logger)
{
    /// <summary>Every problem of the request, keyed by field; empty when it can be queued.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(BoundJobRequest bound, CancellationToken cancellationToken)
    {
        var request = bound.Request;
        var errors = new Dictionary<string, string[]>(bound.BindingErrors);
        if (!JobVocabulary.TryParse<JobType>(request.Type, out var type))
        {
            errors["type"] = [$"must be one of {string.Join(", ", JobVocabulary.Names<JobType>())}"];
        }
        else if (!handlers.IsKeyedService(typeof(IJobHandler), type))
        {
            errors["type"] = [$"'{request.Type}' jobs cannot run in this version of RaceOptimizer yet"];
        }
        else
        {
            var slateExists = type.NeedsSlate() && await SlateExistsAsync(request.SlateId, errors, cancellationToken);
            if (request.OptionsOf(type) is not { } options)
            {
                errors.TryAdd(type.Name(), ["must be an object"]);
            }
            else
            {
                OptionValidation.Validate(options, type.Name(), errors);
                if (errors.Count == 0 && slateExists && options is OptimizeOptions optimize)
                {
                    await ValidateForSlateAsync(optimize, request.SlateId!, errors, cancellationToken);
                }
            }
        }

        if (request.Name is { Length: > JobRequest.MaxNameLength })
        {
            errors["name"] = [$"must be at most {JobRequest.MaxNameLength} characters"];
        }

        return errors;
    }

    public async Task<JobRecord> SubmitAsync(JobRequest request, string? rerunOf, CancellationToken cancellationToken)
    {
        var job = await NewJobAsync(request, rerunOf, cancellationToken);
        await inbox.SaveAsync(job, cancellationToken);
        await AnnounceAsync(job);
        return job;
    }

    /// <summary>The record a valid request is stored as, not saved yet.</summary>
    public async Task<JobRecord> NewJobAsync(JobRequest request, string? rerunOf, CancellationToken cancellationToken)
    {
        var type = JobVocabulary.Parse<JobType>(request.Type!);
        return new JobRecord
        {
            Id = JobIds.New(),
            Name = string.IsNullOrWhiteSpace(request.Name) ? $"{type.Name()} {time.GetUtcNow():yyyy-MM-dd HH:mm}" : request.Name.Trim(),
            Type = type,
            SlateId = request.SlateId,
            GpuOffload = request.GpuOffload ?? (await settings.GpuAsync(cancellationToken)).Enabled,
            Config = JobOptionsJson.Write(request.OptionsOf(type)!),
            CreatedAt = time.GetUtcNow(),
            RerunOf = rerunOf,
        };
    }

    /// <summary>
    /// Pushes the job on the queue and publishes its event, waiting at most <see cref="JobOptions.RedisBestEffortTimeout"/>
    /// and not at all while Redis is disconnected (its client would hold the commands for seconds). A push still under
    /// way when the wait ends may land later: a job pushed twice runs once (only one run moves it out of `queued`).
    /// </summary>
    private async Task AnnounceAsync(JobRecord job)
    {
        if (!queue.IsConnected)
        {
            logger.LogWarning("Job {JobId} is saved but Redis is disconnected; recovery will queue it", job.Id);
            return;
        }

        try
        {
            await Task.WhenAll(queue.EnqueueAsync(job.Id), events.PublishAsync(JobEvent.Of(job, job.CreatedAt)))
                .WaitAsync(options.Value.RedisBestEffortTimeout);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Job {JobId} is saved but not yet in Redis; recovery will queue it", job.Id);
        }
    }

    private async Task<bool> SlateExistsAsync(string? slateId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slateId))
        {
            errors["slateId"] = ["is required for this type of job"];
            return false;
        }

        if (!await db.Slates.AnyAsync(s => s.Id == slateId, cancellationToken))
        {
            errors["slateId"] = [NoSlate(slateId)];
            return false;
        }

        return true;
    }

    /// <summary>
    /// Only an optimize job's options name drivers and constrain lineups, so only it reads the slate's drivers: parsing
    /// them was most of a submit's time, and a simulate job needs only to know its slate is there.
    /// </summary>
    private async Task ValidateForSlateAsync(OptimizeOptions options, string slateId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var slate = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == slateId, cancellationToken);
        if (slate is null)
        {
            errors["slateId"] = [NoSlate(slateId)]; // deleted a moment ago
            return;
        }

        foreach (var (field, messages) in options.ValidateForSlate(slate.ToSlate()))
        {
            errors[field] = messages;
        }
    }

    private static string NoSlate(string slateId) => $"there is no slate '{slateId}'";
}

internal static class JobIds
{
    /// <summary>Short, URL-safe and sortable enough to read in logs; 60 random bits make collisions negligible.</summary>
    public static string New() => "job_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))[..15];
}
