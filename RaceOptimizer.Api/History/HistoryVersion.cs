using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;

namespace RaceOptimizer.Api.History;

/// <summary>
/// A stamp in the database that every change to the history rows replaces, in the change's own transaction: the
/// version <see cref="HistoryStore"/> keeps its parsed history under. It lives in SQLite, not in a process, because
/// every API replica sharing the file must see another's import; it is a fresh random value, not a counter, so two
/// replicas changing the rows at once never need to read it first. Unlike the rows' count and last id it does not rest
/// on ids never being reused, and a job reads it by key instead of counting the rows.
/// </summary>
internal static class HistoryVersion
{
    private const string Key = "history.version";

    /// <summary>Run inside the transaction that changes the rows, so no reader sees the rows without the stamp.</summary>
    public static Task ChangeAsync(RaceOptimizerDb db, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid().ToString("N");
        return db.Database.ExecuteSqlAsync(
            $"INSERT INTO app_state (Key, Value) VALUES ({Key}, {stamp}) ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value",
            cancellationToken);
    }

    /// <summary>The stamp now; empty for a database whose rows were all stored before stamps were kept.</summary>
    public static async Task<string> ReadAsync(RaceOptimizerDb db, CancellationToken cancellationToken) =>
        await db.AppState.AsNoTracking().Where(s => s.Key == Key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken) ?? "";
}
