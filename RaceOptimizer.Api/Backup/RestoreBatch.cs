using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.Jobs;

namespace RaceOptimizer.Api.Backup;

/// <summary>
/// The rows a restore has staged and not yet written: written (inside the restore's one transaction) and forgotten by
/// the change tracker every so many rows or characters, so a backup of any size costs one batch of memory.
/// </summary>
internal sealed class RestoreBatch(RaceOptimizerDb db)
{
    private const int MaxRows = 1_000;

    /// <summary>Job results are the bulk of a backup: a few megabytes of their text at most are held at once.</summary>
    private const long MaxCharacters = 4 * 1024 * 1024;

    private int rows;
    private long characters;

    public ValueTask AddAsync<T>(T row, CancellationToken cancellationToken)
        where T : class
    {
        db.Add(row);
        return StagedAsync(row, cancellationToken);
    }

    public ValueTask UpdateAsync<T>(T row, CancellationToken cancellationToken)
        where T : class
    {
        db.Update(row);
        return StagedAsync(row, cancellationToken);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        (rows, characters) = (0, 0);
    }

    private async ValueTask StagedAsync<T>(T row, CancellationToken cancellationToken)
    {
        rows++;
        characters += row is JobRecord job ? job.Config.Length + (job.Result?.Length ?? 0) : 0;
        if (rows >= MaxRows || characters >= MaxCharacters)
        {
            await FlushAsync(cancellationToken);
        }
    }
}
