using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Contracts.Backup;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// Writes a checked <see cref="BackupDocument"/> into the database in one transaction, after copying the database as
/// it was aside: the restore either happens whole or not at all, and what it replaced can still be found.
/// </summary>
internal static class BackupRestore
{
    public const string InterruptedError = "interrupted: restored from a backup";

    public static async Task<RestoreReport> RestoreAsync(
        RaceOptimizerDb db, BackupDocument backup, string mode, string dataFolder, TimeProvider time, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is held from here to the commit, so the copy is exactly
        // the database the restore changes, with no job update or upload landing between the two. Restores queue on
        // the lock too, so each copy's time (taken under it) names a file of its own.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var copy = DatabaseCopy.Save(dataFolder, now);

        var interrupted = Interrupt(backup.Jobs, now);
        // Results before their slates: replacing the slates first would cascade to the results and lose their count.
        var slateResults = await StageAsync(db.SlateResults, backup.SlateResults, r => r.SlateId, mode, cancellationToken);
        var slates = await StageAsync(db.Slates, backup.Slates, s => s.Id, mode, cancellationToken);
        var history = await StageHistoryAsync(db.HistoryRows, backup.History, mode, cancellationToken);
        var presets = await StageAsync(db.Presets, backup.Presets, p => p.Id, mode, cancellationToken);
        var jobs = await StageAsync(db.Jobs, backup.Jobs, j => j.Id, mode, cancellationToken);
        var jobsInterrupted = interrupted.Count(job => db.Entry(job).State != EntityState.Detached);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RestoreReport(mode, copy, slates, slateResults, history, presets, jobs, jobsInterrupted);
    }

    /// <summary>
    /// A job that was queued or running when the backup was taken cannot resume: its run belonged to the process that
    /// made the backup, and its queue entry and lease lived in that process's Redis. Queueing it again would start work
    /// (possibly a long simulation) the user did not ask for now, so it ends failed with the reason; a re-run repeats it.
    /// </summary>
    private static List<JobRecord> Interrupt(IReadOnlyList<JobRecord> jobs, DateTimeOffset now)
    {
        var unfinished = jobs.Where(j => !j.Status.IsFinished()).ToList();
        foreach (var job in unfinished)
        {
            job.Status = JobStatus.Failed;
            job.Error = InterruptedError;
            job.ProgressMessage = JobStatus.Failed.Name();
            job.FinishedAt = now;
        }

        return unfinished;
    }

    /// <summary>
    /// History rows are identified by their content, so a row the database has is the same row: merge and skipExisting
    /// both skip it, and nothing is ever overwritten.
    /// </summary>
    private static async Task<RestoredRows> StageHistoryAsync(
        DbSet<HistoryRowRecord> table, IReadOnlyList<HistoryRowRecord> rows, string mode, CancellationToken cancellationToken)
    {
        var existing = (await table.AsNoTracking().ToListAsync(cancellationToken)).Select(r => r.Key).ToHashSet();
        if (mode == RestoreModes.Replace)
        {
            await table.ExecuteDeleteAsync(cancellationToken);
        }

        var present = mode == RestoreModes.Replace ? [] : existing;
        var added = rows.Where(row => present.Add(row.Key)).ToList();
        table.AddRange(added);
        return new RestoredRows(added.Count, 0, rows.Count - added.Count, mode == RestoreModes.Replace ? existing.Count : 0);
    }

    /// <summary>Adds the backup's rows of one table as the mode says; SaveChanges writes them, parents first.</summary>
    private static async Task<RestoredRows> StageAsync<T>(
        DbSet<T> table, IReadOnlyList<T> rows, Expression<Func<T, string>> key, string mode, CancellationToken cancellationToken)
        where T : class
    {
        var existing = await table.Select(key).ToHashSetAsync(cancellationToken);
        if (mode == RestoreModes.Replace)
        {
            await table.ExecuteDeleteAsync(cancellationToken);
        }

        var id = key.Compile();
        var (inserted, overwritten, skipped) = (0, 0, 0);
        foreach (var row in rows)
        {
            if (!existing.Contains(id(row)))
            {
                table.Add(row);
                inserted++;
            }
            else if (mode == RestoreModes.SkipExisting)
            {
                skipped++;
            }
            else
            {
                // A merge updates the row in place: deleting and inserting a slate would cascade to its attached result.
                _ = mode == RestoreModes.Merge ? table.Update(row) : table.Add(row);
                overwritten++;
            }
        }

        return new RestoredRows(inserted, overwritten, skipped, mode == RestoreModes.Replace ? existing.Count - overwritten : 0);
    }
}
