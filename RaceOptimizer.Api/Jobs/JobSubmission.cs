using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Validates and queues jobs. SQLite is written first: once the job is there it cannot be lost, and if Redis
/// misses the push, <see cref="JobRecovery"/> queues it again.
/// </summary>
public sealed class JobSubmission(
    RaceOptimizerDb db, JobStore store, JobQueue queue, JobEvents events, IEnumerable<IJobHandler> handlers, Settings.SettingsStore settings, TimeProvider time, ILogger<JobSubmission> logger)
{
    private readonly Dictionary<string, IJobHandler> handlersByType = handlers.ToDictionary(h => h.Type);

    /// <summary>Every problem of the request, keyed by field; empty when it can be queued.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(JobRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Type) || !JobTypes.All.Contains(request.Type))
        {
            errors["type"] = [$"must be one of {string.Join(", ", JobTypes.All)}"];
        }
        else if (!handlersByType.TryGetValue(request.Type, out var handler))
        {
            errors["type"] = [$"'{request.Type}' jobs cannot run in this version of RaceOptimizer yet"];
        }
        else
        {
            var slate = handler.NeedsSlate ? await ValidateSlateAsync(request.SlateId, errors, cancellationToken) : null;
            var options = request.OptionsOf(request.Type);
            foreach (var (field, messages) in handler.Validate(options))
            {
                errors[field] = messages;
            }

            if (errors.Count == 0 && slate is not null)
            {
                foreach (var (field, messages) in handler.ValidateForSlate(options, slate.ToSlate()))
                {
                    errors[field] = messages;
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
        var type = request.Type!;
        var job = new JobRecord
        {
            Id = JobIds.New(),
            Name = string.IsNullOrWhiteSpace(request.Name) ? $"{type} {time.GetUtcNow():yyyy-MM-dd HH:mm}" : request.Name.Trim(),
            Type = type,
            SlateId = request.SlateId,
            GpuOffload = request.GpuOffload ?? (await settings.GpuAsync(cancellationToken)).Enabled,
            Config = request.OptionsOf(type)?.GetRawText() ?? "{}",
            CreatedAt = time.GetUtcNow(),
            RerunOf = rerunOf,
        };
        await store.AddAsync(job, cancellationToken);
        try
        {
            await queue.EnqueueAsync(job.Id);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Job {JobId} is saved but not yet in Redis; recovery will queue it", job.Id);
        }

        await events.PublishAsync(JobEvent.Of(job, job.CreatedAt));
        return job;
    }

    private async Task<SlateRecord?> ValidateSlateAsync(string? slateId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slateId))
        {
            errors["slateId"] = ["is required for this type of job"];
            return null;
        }

        var slate = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == slateId, cancellationToken);
        if (slate is null)
        {
            errors["slateId"] = [$"there is no slate '{slateId}'"];
        }

        return slate;
    }
}

internal static class JobIds
{
    /// <summary>Short, URL-safe and sortable enough to read in logs; 60 random bits make collisions negligible.</summary>
    public static string New() => "job_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))[..15];
}
