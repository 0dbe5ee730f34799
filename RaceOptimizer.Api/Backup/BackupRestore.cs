using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Presets;
using RaceOptimizer.Contracts.Backup;
using HistoryKey = (System.DateOnly, RaceOptimizer.Core.Slates.Series, string, string, int, int, int, int, int);

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// Writes a checked <see cref="BackupFile"/> into the database in one transaction, after copying the database as it was
/// aside: the restore either happens whole or not at all, and what it replaced can still be found. Rows are read from
/// the file and written in batches (<see cref="RestoreBatch"/>), so memory does not follow the backup's size.
/// </summary>
internal static class BackupRestore
{
    public const string InterruptedError = "interrupted: restored from a backup";

    public static async Task<RestoreReport> RestoreAsync(
        RaceOptimizerDb db, BackupFile backup, string mode, string dataFolder, TimeProvider time, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is held from here to the commit, so the copy is exactly
        // the database the restore changes, with no job update or upload landing between the two. Restores queue on
        // the lock too, so each copy's time (taken under it) names a file of its own.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var copy = DatabaseCopy.Save(dataFolder, now);

        // The ids of every table before any changes; then replace empties them, results before their slates' cascade.
        var slateIds = await db.Slates.Select(s => s.Id).ToHashSetAsync(cancellationToken);
        var slateResultIds = await db.SlateResults.Select(r => r.SlateId).ToHashSetAsync(cancellationToken);
        var historyKeys = (await db.HistoryRows.AsNoTracking().ToListAsync(cancellationToken)).Select(r => r.Key).ToHashSet();
        var presetIds = await db.Presets.Select(p => p.Id).ToHashSetAsync(cancellationToken);
        var jobIds = await db.Jobs.Select(j => j.Id).ToHashSetAsync(cancellationToken);
        if (mode == RestoreModes.Replace)
        {
            await db.SlateResults.ExecuteDeleteAsync(cancellationToken);
            await db.Slates.ExecuteDeleteAsync(cancellationToken);
            await db.HistoryRows.ExecuteDeleteAsync(cancellationToken);
            await db.Presets.ExecuteDeleteAsync(cancellationToken);
            await db.Jobs.ExecuteDeleteAsync(cancellationToken);
        }

        var batch = new RestoreBatch(db);
        var slates = await StageAsync(batch, backup.RowsAsync<SlateRecord>(BackupFile.Slates, cancellationToken), s => s.Id, slateIds, mode, cancellationToken);
        var slateResults = await StageAsync(batch, backup.RowsAsync<SlateResultRecord>(BackupFile.SlateResults, cancellationToken), r => r.SlateId, slateResultIds, mode, cancellationToken);
        var history = await StageHistoryAsync(batch, backup.RowsAsync<HistoryRowRecord>(BackupFile.History, cancellationToken), historyKeys, mode, cancellationToken);
        var presets = await StageAsync(batch, backup.RowsAsync<PresetRecord>(BackupFile.Presets, cancellationToken), p => p.Id, presetIds, mode, cancellationToken);
        var jobsInterrupted = 0;
        var jobs = await StageAsync(batch, backup.RowsAsync<JobRecord>(BackupFile.Jobs, cancellationToken), j => j.Id, jobIds, mode, cancellationToken, job =>
        {
            if (!job.Status.IsFinished())
            {
                Interrupt(job, now);
                jobsInterrupted++;
            }
        });

        await batch.FlushAsync(cancellationToken);
        if (history.Inserted + history.Deleted > 0)
        {
            await HistoryVersion.ChangeAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RestoreReport(mode, copy, slates, slateResults, history, presets, jobs, jobsInterrupted);
    }

    /// <summary>
    /// A job that was queued or running when the backup was taken cannot resume: its run belonged to the process that
    /// made the backup, and its queue entry and lease lived in that process's Redis. Queueing it again would start work
    /// (possibly a long simulation) the user did not ask for now, so it ends failed with the reason; a re-run repeats it.
    /// </summary>
    private static void Interrupt(JobRecord job, DateTimeOffset now)
    {
        job.Status = JobStatus.Failed;
        job.Error = InterruptedError;
        job.ProgressMessage = JobStatus.Failed.Name();
        job.FinishedAt = now;
    }

    /// <summary>
    /// History rows are identified by their content, so a row the database has is the same row: merge and skipExisting
    /// both skip it, and nothing is ever overwritten.
    /// </summary>
    private static async Task<RestoredRows> StageHistoryAsync(
        RestoreBatch batch, IAsyncEnumerable<HistoryRowRecord> rows, HashSet<HistoryKey> existing,
        string mode, CancellationToken cancellationToken)
    {
        HashSet<HistoryKey> present = mode == RestoreModes.Replace ? [] : [.. existing];
        var (added, read) = (0, 0);
        await foreach (var row in rows)
        {
            read++;
            if (present.Add(row.Key))
            {
                await batch.AddAsync(row, cancellationToken);
                added++;
            }
        }

        return new RestoredRows(added, 0, read - added, mode == RestoreModes.Replace ? existing.Count : 0);
    }

    /// <summary>Writes the backup's rows of one table as the mode says, against the ids the table had before the restore.</summary>
    /// <param name="staged">Called on each row about to be written (not on one skipped), before it is.</param>
    private static async Task<RestoredRows> StageAsync<T>(
        RestoreBatch batch, IAsyncEnumerable<T> rows, Func<T, string> id, HashSet<string> existing, string mode, CancellationToken cancellationToken,
        Action<T>? staged = null)
        where T : class
    {
        var (inserted, overwritten, skipped) = (0, 0, 0);
        await foreach (var row in rows)
        {
            if (!existing.Contains(id(row)))
            {
                staged?.Invoke(row);
                await batch.AddAsync(row, cancellationToken);
                inserted++;
            }
            else if (mode == RestoreModes.SkipExisting)
            {
                skipped++;
            }
            else
            {
                staged?.Invoke(row);
                // A merge updates the row in place: deleting and inserting a slate would cascade to its attached result.
                await (mode == RestoreModes.Merge ? batch.UpdateAsync(row, cancellationToken) : batch.AddAsync(row, cancellationToken));
                overwritten++;
            }
        }

        return new RestoredRows(inserted, overwritten, skipped, mode == RestoreModes.Replace ? existing.Count - overwritten : 0);
    }
}
