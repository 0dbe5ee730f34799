using Microsoft.EntityFrameworkCore;

namespace RaceOptimizer.Api.Data;

/// <summary>
/// The API's SQLite database, the source of truth for everything a user must not lose. Its schema only
/// changes through EF Core migrations (Data/Migrations), applied at start-up.
/// </summary>
public sealed class RaceOptimizerDb(DbContextOptions<RaceOptimizerDb> options) : DbContext(options)
{
    public DbSet<SelfTestRecord> SelfTests => Set<SelfTestRecord>();

    public DbSet<SlateRecord> Slates => Set<SlateRecord>();

    public DbSet<SlateResultRecord> SlateResults => Set<SlateResultRecord>();

    public DbSet<AppStateRecord> AppState => Set<AppStateRecord>();

    public DbSet<Jobs.JobRecord> Jobs => Set<Jobs.JobRecord>();

    public DbSet<History.HistoryRowRecord> HistoryRows => Set<History.HistoryRowRecord>();

    public DbSet<Presets.PresetRecord> Presets => Set<Presets.PresetRecord>();

    public DbSet<Settings.SettingRecord> Settings => Set<Settings.SettingRecord>();

    /// <summary>Each entity's mapping is its own <see cref="IEntityTypeConfiguration{TEntity}"/>, next to the record.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RaceOptimizerDb).Assembly);
}
