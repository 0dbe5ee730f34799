using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using RaceOptimizer.Api.Apis;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Presets;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// A backup sent to be restored, spooled to a file of the data folder so it is read twice without being held: once to
/// check every row (<see cref="CheckAsync"/>), once to restore them (<see cref="RowsAsync"/>) while the database is locked.
/// The network is out of the way before the lock is taken, and the file goes when the restore ends (DeleteOnClose).
/// </summary>
internal sealed class BackupFile : IAsyncDisposable
{
    /// <summary>Where backups being restored are spooled, in the data folder: beside the database, on its disk.</summary>
    public const string FolderName = "restores";

    public const string Slates = "slates";
    public const string SlateResults = "slateResults";
    public const string History = "history";
    public const string Presets = "presets";
    public const string Jobs = "jobs";

    private const string FormatVersion = "formatVersion";
    private const string ExportedAt = "exportedAt";

    private static readonly string[] Required = [FormatVersion, ExportedAt, Slates, SlateResults, History, Presets, Jobs];

    private readonly FileStream file;

    /// <summary>Where each list of rows begins in the file, found by the check.</summary>
    private readonly Dictionary<string, long> lists = [];

    /// <summary>The property or row the check is reading, to name the one that is too large.</summary>
    private string reading = "body";

    private BackupFile(FileStream file)
    {
        this.file = file;
    }

    /// <summary>Copies the body to the file; Kestrel stops the body at the endpoint's limit (BadHttpRequestException, 413).</summary>
    public static async Task<BackupFile> SpoolAsync(Stream body, string dataFolder, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(dataFolder, FolderName)).FullName;
        DeleteAbandoned(folder);
        var file = new FileStream(
            Path.Combine(folder, $"{Guid.NewGuid():N}.json"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await body.CopyToAsync(file, cancellationToken);
            return new BackupFile(file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A spool older than this was left by a process killed mid-restore: a restore reads its file within seconds.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Spools a killed process left behind (DeleteOnClose never ran) go with the next restore. A younger file may be a
    /// replica's restore in progress, so it stays.
    /// </summary>
    private static void DeleteAbandoned(string folder)
    {
        foreach (var spool in Directory.EnumerateFiles(folder, "*.json").Where(path => File.GetLastWriteTimeUtc(path) < DateTime.UtcNow - AbandonedAfter))
        {
            try
            {
                File.Delete(spool);
            }
            catch (IOException)
            {
                // Another restore removed it first.
            }
        }
    }

    /// <summary>Reads the whole document row by row into <paramref name="check"/>; null when it reads, else why not.</summary>
    public async Task<ProblemHttpResult?> CheckAsync(BackupCheck check, CancellationToken cancellationToken)
    {
        file.Position = 0;
        using var reader = new JsonValueReader(file);
        try
        {
            if ((await reader.ReadTokenAsync(cancellationToken)).Type != JsonTokenType.StartObject)
            {
                return Unreadable("The body is not a JSON object.");
            }

            var seen = new HashSet<string>();
            for (var (type, name) = await reader.ReadTokenAsync(cancellationToken); type != JsonTokenType.EndObject; (type, name) = await reader.ReadTokenAsync(cancellationToken))
            {
                if (!seen.Add(name!))
                {
                    return Unreadable($"The property '{name}' is given twice.");
                }

                await ReadPropertyAsync(reader, name!, check, cancellationToken);
            }

            if (await reader.PeekAsync(cancellationToken) is not null)
            {
                return Unreadable("Something follows the document's end.");
            }

            foreach (var missing in Required.Where(r => !seen.Contains(r)))
            {
                check.Errors.Add(missing, "is missing");
            }
        }
        catch (JsonException exception)
        {
            return Unreadable(exception.Message);
        }
        catch (BackupRowTooLargeException exception)
        {
            check.Errors.Add(reading, exception.Message);
        }

        return null;
    }

    /// <summary>The rows of one list, read again from the file as the check found them.</summary>
    public async IAsyncEnumerable<T> RowsAsync<T>(string list, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        file.Position = lists[list];
        using var reader = new JsonValueReader(file, lists[list]);
        await reader.ReadTokenAsync(cancellationToken);
        while ((await reader.PeekAsync(cancellationToken))?.Type != JsonTokenType.EndArray)
        {
            yield return (await reader.ReadValueAsync<T>(BackupJson.Options, cancellationToken))!;
        }
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();

    private async Task ReadPropertyAsync(JsonValueReader reader, string name, BackupCheck check, CancellationToken cancellationToken)
    {
        reading = name;
        switch (name)
        {
            case FormatVersion:
                check.FormatVersion(await FieldAsync<int>(reader, name, check, cancellationToken));
                break;
            case ExportedAt:
                await FieldAsync<DateTimeOffset>(reader, name, check, cancellationToken);
                break;
            case Slates:
                await ListAsync<SlateRecord>(reader, name, check, check.Slate, cancellationToken);
                break;
            case SlateResults:
                await ListAsync<SlateResultRecord>(reader, name, check, check.SlateResult, cancellationToken);
                break;
            case History:
                await ListAsync<HistoryRowRecord>(reader, name, check, check.History, cancellationToken);
                break;
            case Presets:
                await ListAsync<PresetRecord>(reader, name, check, check.Preset, cancellationToken);
                break;
            case Jobs:
                await ListAsync<JobRecord>(reader, name, check, check.Job, cancellationToken);
                break;
            default:
                // As for any body the API reads: a property it does not know is ignored.
                await reader.SkipValueAsync(cancellationToken);
                break;
        }
    }

    private static async Task<T?> FieldAsync<T>(JsonValueReader reader, string name, BackupCheck check, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadValueAsync<T>(BackupJson.CheckOptions, cancellationToken);
        }
        catch (JsonValueException exception)
        {
            check.Errors.Add(name, exception.Message);
            return default;
        }
    }

    private async Task ListAsync<T>(JsonValueReader reader, string list, BackupCheck check, Action<int, T> row, CancellationToken cancellationToken)
        where T : class
    {
        if (await reader.PeekAsync(cancellationToken) is not { Type: JsonTokenType.StartArray } start)
        {
            check.Errors.Add(list, "must be an array");
            await reader.SkipValueAsync(cancellationToken);
            return;
        }

        lists[list] = start.At;
        await reader.ReadTokenAsync(cancellationToken);
        for (var index = 0; (await reader.PeekAsync(cancellationToken))?.Type != JsonTokenType.EndArray; index++)
        {
            reading = $"{list}[{index}]";
            try
            {
                if (await reader.ReadValueAsync<T>(BackupJson.CheckOptions, cancellationToken) is { } value)
                {
                    row(index, value);
                }
                else
                {
                    check.Errors.Add($"{list}[{index}]", "must be an object, not null");
                }
            }
            catch (JsonValueException exception)
            {
                var field = reading + exception.Path?.TrimStart('$');
                check.Errors.Add(field, VocabularyProblem(list, exception.Path) ?? exception.Message);
            }
        }

        await reader.ReadTokenAsync(cancellationToken);
    }

    /// <summary>A job's status, type or mode outside the vocabulary is a bad field of the backup, said as one.</summary>
    private static string? VocabularyProblem(string list, string? path) => (list, path) switch
    {
        (Jobs, "$.status") => $"is not one of {string.Join(", ", JobVocabulary.Names<JobStatus>())}",
        (Jobs, "$.type") => $"is not one of {string.Join(", ", JobVocabulary.Names<JobType>())}",
        (Jobs, "$.executionMode") => $"is not one of {string.Join(", ", JobVocabulary.Names<ExecutionMode>())}",
        _ => null,
    };

    private static ProblemHttpResult Unreadable(string detail) =>
        ApiProblems.BadRequest("The backup cannot be read", $"{detail} Send a document of GET /api/backup.");
}
