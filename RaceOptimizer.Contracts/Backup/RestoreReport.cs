namespace RaceOptimizer.Contracts.Backup;

/// <summary>`POST /api/backup`: what a restore did, per kind of row, and where the database as it was before is kept.</summary>
/// <param name="Mode">`replace`, `merge` or `skipExisting`.</param>
public sealed record RestoreReport(
    string Mode,
    string BackupFile,
    RestoredRows Slates,
    RestoredRows SlateResults,
    RestoredRows History,
    RestoredRows Presets,
    RestoredRows Jobs,
    int JobsInterrupted);

/// <summary>
/// One kind's rows: `inserted` were new ids, `overwritten` replaced rows of the same id, `skipped` were left as the
/// database had them (skipExisting), `deleted` were in the database but not in the backup (replace).
/// </summary>
public sealed record RestoredRows(int Inserted, int Overwritten, int Skipped, int Deleted);
