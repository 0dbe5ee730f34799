using System.Text.Json;
using RaceOptimizer.Api.Apis;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Jobs.Options;
using RaceOptimizer.Api.Presets;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Contracts.Presets;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// Checks a backup's rows one at a time, as they are read, as new input would be checked: what it keeps between rows is
/// their ids (to find repeats) and the slates rows name until every slate is known, never the rows.
/// </summary>
/// <param name="slatesKept">The database's slates that stay through the restore (none for `replace`): a job's slate may be one of them.</param>
internal sealed class BackupCheck(IReadOnlySet<string> slatesKept)
{
    private readonly Dictionary<string, Dictionary<string, int>> ids = [];
    private readonly List<(string Field, string SlateId, bool MayBeKept)> slateReferences = [];

    public FieldErrors Errors { get; } = new();

    public void FormatVersion(int version)
    {
        if (version != BackupDocument.CurrentFormat)
        {
            Errors.Add("formatVersion", $"is {version}; this version of RaceOptimizer restores format {BackupDocument.CurrentFormat}");
        }
    }

    public void Slate(int index, SlateRecord slate)
    {
        var at = Id("slates", index, "id", slate.Id);
        for (var i = 0; i < slate.Drivers.Count; i++)
        {
            if (slate.Drivers[i] is not { } driver)
            {
                Errors.Add($"{at}.drivers[{i}]", "must be an object, not null");
            }
            else if (driver.Name.Length > ImportLimits.DriverNameLength)
            {
                Errors.Add($"{at}.drivers[{i}].name", $"is {driver.Name.Length:N0} characters long; at most {ImportLimits.DriverNameLength} are allowed");
            }
            else if (SlateDriversApi.OwnershipProblem(driver.Ownership) is { } problem)
            {
                Errors.Add($"{at}.drivers[{i}].ownership", problem);
            }
        }

        // The slate itself, as a new import and the race page would have to leave it.
        if (slate.Drivers.All(driver => driver is not null))
        {
            if (ContestRules.For(slate.Site).WhyNoLineup(slate.ToSlate()) is { } noLineup)
            {
                Errors.Add($"{at}.drivers", noLineup);
            }

            foreach (var (field, message) in SlateChoiceRules.Problems(slate, slate.Choices ?? DriverChoicesInfo.None))
            {
                Errors.Add($"{at}.choices.{field}", message);
            }
        }
    }

    public void SlateResult(int index, SlateResultRecord result)
    {
        var at = Id("slateResults", index, "slateId", result.SlateId);
        // Only the backup's own slates: a result of one the database keeps would be attached to a slate the backup never saw.
        slateReferences.Add(($"{at}.slateId", result.SlateId, false));
    }

    public void History(int index, HistoryRowRecord row)
    {
        var at = $"history[{index}]";
        if (string.IsNullOrWhiteSpace(row.Driver) || string.IsNullOrWhiteSpace(row.Track))
        {
            Errors.Add(at, "must name its driver and track");
        }
    }

    /// <summary>A preset is held to the rules of one sent to the API, with its track already by its catalog name.</summary>
    public void Preset(int index, PresetRecord preset)
    {
        var at = Id("presets", index, "id", preset.Id);
        using var settings = JsonDocument.Parse(preset.Settings);
        var request = new PresetRequest(preset.Name, preset.Series?.ToString(), preset.Track, preset.Site?.ToString(), settings.RootElement);
        var (fields, problems) = request.Read(at + ".");
        foreach (var (field, messages) in problems)
        {
            Errors.Add(field, string.Join(" ", messages));
        }

        if (fields is not null && fields.Track != preset.Track)
        {
            Errors.Add(at + ".track", $"must be the catalog name '{fields.Track}'");
        }
    }

    public void Job(int index, JobRecord job)
    {
        var at = Id("jobs", index, "id", job.Id);
        if (!Enum.IsDefined(job.Status))
        {
            Errors.Add($"{at}.status", $"'{job.Status}' is not one of {string.Join(", ", JobVocabulary.Names<JobStatus>())}");
        }

        if (job.SlateId is { } slateId && !slatesKept.Contains(slateId))
        {
            slateReferences.Add(($"{at}.slateId", slateId, true));
        }

        KeptLineupNumbers(at, job);
    }

    /// <summary>
    /// The player's removals and locks, held to the rules of the lineup endpoints. The result is not read by the check,
    /// so a number is bounded by the lineups the job's options asked for: the result never holds more.
    /// </summary>
    private void KeptLineupNumbers(string at, JobRecord job)
    {
        if (job.RemovedLineups.Count + job.LockedLineups.Count == 0)
        {
            return;
        }

        if (job.Type != JobType.Optimize || job.Status != JobStatus.Completed)
        {
            Errors.Add($"{at}.removedLineups", "must be empty: only a completed optimize job has lineups to remove or lock");
            return;
        }

        var requested = RequestedLineups(job.Config);
        foreach (var (field, numbers) in new[] { ("removedLineups", job.RemovedLineups), ("lockedLineups", job.LockedLineups) })
        {
            if (numbers.Where(n => n < 1 || n > requested).Select(n => (int?)n).FirstOrDefault() is { } outside)
            {
                Errors.Add($"{at}.{field}", $"holds {outside}: a lineup number is from 1 to {requested}, the lineups the job asked for");
            }
            else if (numbers.Distinct().Count() != numbers.Count)
            {
                Errors.Add($"{at}.{field}", "names a lineup twice");
            }
        }

        if (job.LockedLineups.Intersect(job.RemovedLineups).Select(n => (int?)n).FirstOrDefault() is { } both)
        {
            Errors.Add($"{at}.lockedLineups", $"holds {both}, which removedLineups holds too: a locked lineup is never removed");
        }
    }

    /// <summary>The lineups an optimize job's stored options asked for; 0 (so every number is refused) when they do not read.</summary>
    private static int RequestedLineups(string config)
    {
        try
        {
            return JobOptionsJson.Read(JobType.Optimize, config) is OptimizeOptions options ? options.Lineups : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    /// <summary>After the last row: the slates rows name are checked once every slate has been read, wherever they came in the document.</summary>
    public FieldErrors Finish()
    {
        var slates = ids.GetValueOrDefault("slates") ?? [];
        foreach (var (field, slateId, mayBeKept) in slateReferences.Where(r => !slates.ContainsKey(r.SlateId)))
        {
            Errors.Add(field, mayBeKept ? $"'{slateId}' is neither a slate of this backup nor one the database keeps" : $"'{slateId}' is not a slate of this backup");
        }

        return Errors;
    }

    /// <summary>Checks a row's id is given and new to its list, and answers the row's path (`jobs[3]`).</summary>
    private string Id(string list, int index, string key, string? id)
    {
        var at = $"{list}[{index}]";
        var seen = ids.TryGetValue(list, out var found) ? found : ids[list] = [];
        if (string.IsNullOrWhiteSpace(id))
        {
            Errors.Add($"{at}.{key}", "must not be blank");
        }
        else if (!seen.TryAdd(id, index))
        {
            Errors.Add($"{at}.{key}", $"'{id}' repeats {list}[{seen[id]}]");
        }

        return at;
    }
}
