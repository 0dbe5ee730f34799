using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Presets;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// Everything a user must not lose, in one JSON document (<see cref="BackupJson"/>): slates and the results attached
/// to them, imported race history, presets and the job history. Not in it: self-test runs (diagnostics of one machine) and the app state
/// flags (facts about one install, such as "the sample was seeded"). Its tables are read as the document is written, a
/// row at a time, so exporting a long history takes no more memory than a short one.
/// </summary>
public sealed record BackupDocument(
    int FormatVersion,
    DateTimeOffset ExportedAt,
    IAsyncEnumerable<SlateRecord> Slates,
    IAsyncEnumerable<SlateResultRecord> SlateResults,
    IAsyncEnumerable<HistoryRowRecord> History,
    IAsyncEnumerable<PresetRecord> Presets,
    IAsyncEnumerable<JobRecord> Jobs)
{
    public const int CurrentFormat = 1;

    public static async Task WriteAsync(RaceOptimizerDb db, DateTimeOffset now, Stream output, CancellationToken cancellationToken)
    {
        // One deferred transaction reads every table from the same snapshot (WAL) without holding writers back, so a
        // slate deleted mid-export can never leave its result in the document without it.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot, cancellationToken);
        var document = new BackupDocument(
            CurrentFormat,
            now,
            db.Slates.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).AsAsyncEnumerable(),
            db.SlateResults.AsNoTracking().OrderBy(r => r.SlateId).AsAsyncEnumerable(),
            db.HistoryRows.AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable(),
            db.Presets.AsNoTracking().OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).AsAsyncEnumerable(),
            db.Jobs.AsNoTracking().OrderBy(j => j.CreatedAt).ThenBy(j => j.Id).AsAsyncEnumerable());
        await JsonSerializer.SerializeAsync(output, document, BackupJson.Options, cancellationToken);
    }
}
