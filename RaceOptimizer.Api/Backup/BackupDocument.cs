using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Presets;
using RaceOptimizer.Contracts.Presets;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// Everything a user must not lose, in one JSON document (<see cref="BackupJson"/>): slates and the results attached
/// to them, imported race history, presets and the job history. Not in it: self-test runs (diagnostics of one machine) and the app state
/// flags (facts about one install, such as "the sample was seeded").
/// </summary>
public sealed record BackupDocument(
    int FormatVersion,
    DateTimeOffset ExportedAt,
    IReadOnlyList<SlateRecord> Slates,
    IReadOnlyList<SlateResultRecord> SlateResults,
    IReadOnlyList<HistoryRowRecord> History,
    IReadOnlyList<PresetRecord> Presets,
    IReadOnlyList<JobRecord> Jobs)
{
    public const int CurrentFormat = 1;

    public static async Task<BackupDocument> ReadAsync(RaceOptimizerDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One deferred transaction reads every table from the same snapshot (WAL) without holding writers back, so a
        // slate deleted mid-export can never leave its result in the document without it.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot, cancellationToken);
        return new BackupDocument(
            CurrentFormat,
            now,
            await db.Slates.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken),
            await db.SlateResults.AsNoTracking().OrderBy(r => r.SlateId).ToListAsync(cancellationToken),
            await db.HistoryRows.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken),
            await db.Presets.AsNoTracking().OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken),
            await db.Jobs.AsNoTracking().OrderBy(j => j.CreatedAt).ThenBy(j => j.Id).ToListAsync(cancellationToken));
    }

    /// <summary>Every problem that would stop a restore or leave rows the API cannot serve, keyed by JSON path.</summary>
    /// <summary>Every problem, by field, as new input would be checked.</summary>
    /// <param name="slatesKept">The database's slates that stay through the restore (none for `replace`): a job's slate may be one of them.</param>
    public Dictionary<string, string[]> Validate(IReadOnlySet<string> slatesKept)
    {
        var errors = new Dictionary<string, string[]>();
        if (FormatVersion != CurrentFormat)
        {
            errors["formatVersion"] = [$"is {FormatVersion}; this version of RaceOptimizer restores format {CurrentFormat}"];
        }

        CheckIds(errors, "slates", Slates, "id", s => s.Id);
        CheckIds(errors, "slateResults", SlateResults, "slateId", r => r.SlateId);
        CheckIds(errors, "presets", Presets, "id", p => p.Id);
        CheckIds(errors, "jobs", Jobs, "id", j => j.Id);

        var slateIds = Slates.Where(s => s is not null).Select(s => s.Id).ToHashSet();
        for (var i = 0; i < SlateResults.Count; i++)
        {
            if (SlateResults[i] is { } result && !slateIds.Contains(result.SlateId))
            {
                errors[$"slateResults[{i}].slateId"] = [$"'{result.SlateId}' is not a slate of this backup"];
            }
        }

        for (var i = 0; i < Jobs.Count; i++)
        {
            if (Jobs[i] is not { } job)
            {
                continue;
            }

            if (!Enum.IsDefined(job.Status))
            {
                errors[$"jobs[{i}].status"] = [$"'{job.Status}' is not one of {string.Join(", ", JobVocabulary.Names<JobStatus>())}"];
            }

            if (job.SlateId is { } slateId && !slateIds.Contains(slateId) && !slatesKept.Contains(slateId))
            {
                errors[$"jobs[{i}].slateId"] = [$"'{slateId}' is neither a slate of this backup nor one the database keeps"];
            }
        }

        for (var i = 0; i < History.Count; i++)
        {
            if (History[i] is null)
            {
                errors[$"history[{i}]"] = ["must be an object, not null"];
            }
            else if (string.IsNullOrWhiteSpace(History[i].Driver) || string.IsNullOrWhiteSpace(History[i].Track))
            {
                errors[$"history[{i}]"] = ["must name its driver and track"];
            }
        }

        for (var i = 0; i < Presets.Count; i++)
        {
            if (Presets[i] is { } preset)
            {
                CheckPreset(errors, $"presets[{i}].", preset);
            }
        }

        return errors;
    }

    /// <summary>A preset is held to the rules of one sent to the API, with its track already by its catalog name.</summary>
    private static void CheckPreset(Dictionary<string, string[]> errors, string at, PresetRecord preset)
    {
        using var settings = JsonDocument.Parse(preset.Settings);
        var request = new PresetRequest(preset.Name, preset.Series?.ToString(), preset.Track, preset.Site?.ToString(), settings.RootElement);
        var (fields, problems) = request.Read(at);
        foreach (var (field, messages) in problems)
        {
            errors[field] = messages;
        }

        if (fields is not null && fields.Track != preset.Track)
        {
            errors[at + "track"] = [$"must be the catalog name '{fields.Track}'"];
        }
    }

    private static void CheckIds<T>(Dictionary<string, string[]> errors, string list, IReadOnlyList<T> rows, string key, Func<T, string> id)
        where T : class
    {
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null)
            {
                errors[$"{list}[{i}]"] = ["must be an object, not null"];
            }
            else if (string.IsNullOrWhiteSpace(id(rows[i])))
            {
                errors[$"{list}[{i}].{key}"] = ["must not be blank"];
            }
            else if (!seen.TryAdd(id(rows[i]), i))
            {
                errors[$"{list}[{i}].{key}"] = [$"'{id(rows[i])}' repeats {list}[{seen[id(rows[i])]}]"];
            }
        }
    }
}
