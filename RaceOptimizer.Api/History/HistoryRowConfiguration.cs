using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RaceOptimizer.Api.History;

internal sealed class HistoryRowConfiguration : IEntityTypeConfiguration<HistoryRowRecord>
{
    public void Configure(EntityTypeBuilder<HistoryRowRecord> row)
    {
        row.ToTable("history_rows");
        row.Property(r => r.Driver).HasMaxLength(100);
        row.Property(r => r.Track).HasMaxLength(100);
        row.Property(r => r.Status).HasMaxLength(50);
        row.Property(r => r.Series).HasConversion<string>().HasMaxLength(20);
        // Re-importing the same file must not duplicate rows; the database itself guarantees it. Date, track and
        // driver alone do not identify a race: doubleheaders and All-Star heats run twice on one day at one track (at the
        // 2020 Richmond doubleheader one driver even started 9th and finished 7th, all laps, in both).
        row.HasIndex(r => new { r.Date, r.Series, r.Track, r.Driver, r.Start, r.Finish, r.LapsCompleted, r.LapsLed, r.FastestLaps }).IsUnique();
    }
}
