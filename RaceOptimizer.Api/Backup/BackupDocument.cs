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
}
