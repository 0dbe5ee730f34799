using Microsoft.EntityFrameworkCore;

namespace RaceOptimizer.Api.Data;

/// <summary>
/// The API's SQLite database, the source of truth for everything a user must not lose. Its schema only
/// changes through EF Core migrations (Data/Migrations), applied at start-up.
/// </summary>
public sealed class RaceOptimizerDb(DbContextOptions<RaceOptimizerDb> options) : DbContext(options)
{
    public DbSet<SelfTestRecord> SelfTests => Set<SelfTestRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SelfTestRecord>(selfTest =>
        {
            selfTest.ToTable("self_tests");
            selfTest.Property(s => s.Message).HasMaxLength(500);
            // SQLite cannot order by DateTimeOffset natively; ticks keep "newest first" exact.
            selfTest.Property(s => s.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
            selfTest.HasIndex(s => s.CreatedAt);
        });
    }
}
