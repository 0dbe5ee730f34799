using Microsoft.EntityFrameworkCore;

namespace RaceOptimizer.Api.Jobs;

/// <summary>The filters of `GET /api/jobs`; comma-separated values select any of them (`slateId` is one slate).</summary>
public sealed record JobQuery(string? Status, string? Type, string? Mode, DateTimeOffset? From, DateTimeOffset? To, string? Q, int? Page, int? PageSize, string? SlateId = null)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "status", Status, JobVocabulary.Names<JobStatus>());
        Check(errors, "type", Type, JobVocabulary.Names<JobType>());
        Check(errors, "mode", Mode, JobVocabulary.Names<ExecutionMode>());
        if (PageNumber < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }

        if (Size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"must be between 1 and {MaxPageSize}"];
        }

        if (From > To)
        {
            errors["from"] = ["must not be after 'to'"];
        }

        return errors;
    }

    public IQueryable<JobRecord> Apply(IQueryable<JobRecord> jobs)
    {
        if (Values(Status) is { } names)
        {
            var statuses = names.Select(JobVocabulary.Parse<JobStatus>).ToList();
            jobs = jobs.Where(j => statuses.Contains(j.Status));
        }

        if (Values(Type) is { } typeNames)
        {
            var types = typeNames.Select(JobVocabulary.Parse<JobType>).ToList();
            jobs = jobs.Where(j => types.Contains(j.Type));
        }

        if (Values(Mode) is { } modeNames)
        {
            var modes = modeNames.Select(JobVocabulary.Parse<ExecutionMode>).Cast<ExecutionMode?>().ToList();
            jobs = jobs.Where(j => j.ExecutionMode != null && modes.Contains(j.ExecutionMode));
        }

        if (!string.IsNullOrWhiteSpace(SlateId))
        {
            jobs = jobs.Where(j => j.SlateId == SlateId);
        }

        if (From is { } from)
        {
            jobs = jobs.Where(j => j.CreatedAt >= from);
        }

        if (To is { } to)
        {
            jobs = jobs.Where(j => j.CreatedAt <= to);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = $"%{Q.Trim()}%";
            jobs = jobs.Where(j => EF.Functions.Like(j.Name, pattern)
                || EF.Functions.Like(j.Config, pattern)
                || (j.Error != null && EF.Functions.Like(j.Error, pattern)));
        }

        return jobs;
    }

    private static string[]? Values(string? csv) =>
        string.IsNullOrWhiteSpace(csv) ? null : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Check(Dictionary<string, string[]> errors, string field, string? csv, string[] allowed)
    {
        var unknown = Values(csv)?.Where(v => !allowed.Contains(v)).ToArray() ?? [];
        if (unknown.Length > 0)
        {
            errors[field] = [$"'{string.Join("', '", unknown)}' is not one of {string.Join(", ", allowed)}"];
        }
    }
}
