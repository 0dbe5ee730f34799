using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Contracts.History;
using RaceOptimizer.Core.History;

namespace RaceOptimizer.Api.History;

/// <summary>
/// Stores imported loop data and hands it to Core as <see cref="RaceHistory"/>, rebuilt only when the stored rows
/// changed. Rows are only ever added, so their count and last id identify a version, whichever replica imported them.
/// </summary>
public sealed class HistoryStore(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim rebuild = new(1, 1);
    private ((int Count, long LastId) Version, RaceHistory History)? cached;

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
        await db.SaveChangesAsync(cancellationToken);
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
            var rows = scope.ServiceProvider.GetRequiredService<RaceOptimizerDb>().HistoryRows.AsNoTracking();
            var stored = (await rows.CountAsync(cancellationToken), await rows.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0);
            if (stored.Item1 == 0)
            {
                return null;
            }

            if (cached is not { } hit || hit.Version != stored)
            {
                var all = await rows.ToListAsync(cancellationToken);
                cached = (stored, RaceHistory.From(all.Select(r => r.ToRow())));
            }

            return cached.Value.History;
        }
        finally
        {
            rebuild.Release();
        }
    }
}
