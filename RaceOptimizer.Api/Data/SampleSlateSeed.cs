using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Core.Samples;

namespace RaceOptimizer.Api.Data;

/// <summary>
/// Gives a fresh install the sample slate, once: a flag remembers that it was seeded, so a user who deletes the sample
/// does not get it back at the next start.
/// </summary>
public static class SampleSlateSeed
{
    private const string SeededKey = "sample-slate-seeded";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RaceOptimizerDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();

        // Microsoft.Data.Sqlite begins transactions IMMEDIATE, taking the write lock now: a second replica starting at the
        // same moment waits here, then finds the flag and seeds nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.AppState.AnyAsync(s => s.Key == SeededKey, cancellationToken))
        {
            return;
        }

        db.AppState.Add(new AppStateRecord { Key = SeededKey, Value = now.ToString("O", CultureInfo.InvariantCulture) });
        db.Slates.Add(SlateRecord.From(SampleSlate.Load(), now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
