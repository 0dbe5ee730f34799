using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Contracts.History;
using RaceOptimizer.Core.History;

namespace RaceOptimizer.Api.History;

/// <summary>
/// Stores imported loop data and hands it to Core as <see cref="RaceHistory"/>, rebuilt only when the stored rows
/// changed (<see cref="HistoryVersion"/>), whichever replica changed them: jobs between imports share one parsed history,
/// which Core never changes.
/// </summary>
public sealed class HistoryStore(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim rebuild = new(1, 1);
    private (string Version, RaceHistory? History)? cached;

    /// <summary>Adds the rows not stored yet; rows already there (same date, series, track and driver) are left as they are.</summary>
    public async Task<HistoryImport> ImportAsync(IReadOnlyList<LoopDataRow> rows, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RaceOptimizerDb>();
        var dates = rows.Select(r => r.Date).Distinct().ToList();
        var existing = (await db.HistoryRows.AsNoTracking().Where(r => dates.Contains(r.Date)).ToListAsync(cancellationToken))
            .Select(r => r.Key).ToHashSet();
        var added = rows.Select(HistoryRowRecord.From).Where(r => existing.Add(r.Key)).ToList();
        db.HistoryRows.AddRange(added);
        if (added.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await HistoryVersion.ChangeAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new HistoryImport(
            rows.Count,
            added.Count,
            rows.Count - added.Count,
            rows.Select(r => (r.Date, r.Series, r.Track)).Distinct().Count(),
            rows.Select(r => r.Driver).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>Every stored race, grouped and rated by Core; null when nothing was imported.</summary>
    public async Task<RaceHistory?> HistoryAsync(CancellationToken cancellationToken)
    {
        await rebuild.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RaceOptimizerDb>();
            // The stamp before the rows: rows newer than their stamp are only read again at the next job, never kept stale.
            var version = await HistoryVersion.ReadAsync(db, cancellationToken);
            if (cached is not { } hit || hit.Version != version)
            {
                var rows = await db.HistoryRows.AsNoTracking().ToListAsync(cancellationToken);
                cached = (version, rows.Count == 0 ? null : RaceHistory.From(rows.Select(r => r.ToRow())));
            }

            return cached.Value.History;
        }
        finally
        {
            rebuild.Release();
        }
    }
}
