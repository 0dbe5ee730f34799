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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new Jobs.JobRecordConfiguration());
        modelBuilder.ApplyConfiguration(new History.HistoryRowConfiguration());
        modelBuilder.ApplyConfiguration(new Presets.PresetRecordConfiguration());
        modelBuilder.Entity<SelfTestRecord>(selfTest =>
        {
            selfTest.ToTable("self_tests");
            selfTest.Property(s => s.Message).HasMaxLength(500);
            selfTest.Property(s => s.CreatedAt).HasUtcTicksConversion();
            selfTest.HasIndex(s => s.CreatedAt);
        });

        modelBuilder.Entity<SlateRecord>(slate =>
        {
            slate.ToTable("slates");
            slate.Property(s => s.Id).HasMaxLength(40);
            slate.Property(s => s.Site).HasConversion<string>().HasMaxLength(20);
            slate.ComplexProperty(s => s.Race, race =>
            {
                race.Property(r => r.Series).HasConversion<string>().HasMaxLength(20);
                race.Property(r => r.TrackType).HasConversion<string>().HasMaxLength(20);
            });
            slate.Property(s => s.Drivers).HasJsonConversion();
            slate.Property(s => s.FieldCars).HasJsonConversion();
            slate.Property(s => s.CreatedAt).HasUtcTicksConversion();
            slate.HasIndex(s => s.CreatedAt);
        });

        modelBuilder.Entity<SlateResultRecord>(result =>
        {
            result.ToTable("slate_results");
            result.HasKey(r => r.SlateId);
            // Deleting a slate deletes its result in the database itself, so ExecuteDelete needs no second statement.
            result.HasOne<SlateRecord>().WithOne().HasForeignKey<SlateResultRecord>(r => r.SlateId).OnDelete(DeleteBehavior.Cascade);
            result.Property(r => r.Result).HasJsonConversion();
            result.Property(r => r.AttachedAt).HasUtcTicksConversion();
        });

        modelBuilder.Entity<Settings.SettingRecord>(setting =>
        {
            setting.ToTable("settings");
            setting.HasKey(s => s.Key);
            setting.Property(s => s.Key).HasMaxLength(100);
        });

        modelBuilder.Entity<AppStateRecord>(state =>
        {
            state.ToTable("app_state");
            state.HasKey(s => s.Key);
            state.Property(s => s.Key).HasMaxLength(100);
        });
    }
}
