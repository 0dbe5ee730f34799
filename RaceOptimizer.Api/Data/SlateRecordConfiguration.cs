using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RaceOptimizer.Api.Data;

internal sealed class SlateRecordConfiguration : IEntityTypeConfiguration<SlateRecord>
{
    public void Configure(EntityTypeBuilder<SlateRecord> slate)
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
        slate.Property(s => s.Choices).HasJsonConversion();
        slate.Property(s => s.CreatedAt).HasUtcTicksConversion();
        slate.HasIndex(s => s.CreatedAt);
    }
}
