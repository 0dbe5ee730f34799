using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Contracts.Presets;

namespace RaceOptimizer.Api.Presets;

internal sealed class PresetRecordConfiguration : IEntityTypeConfiguration<PresetRecord>
{
    public void Configure(EntityTypeBuilder<PresetRecord> preset)
    {
        preset.ToTable("presets");
        preset.Property(p => p.Id).HasMaxLength(40);
        preset.Property(p => p.Name).HasMaxLength(PresetRequest.MaxNameLength);
        preset.Property(p => p.Series).HasConversion<string>().HasMaxLength(20);
        preset.Property(p => p.Track).HasMaxLength(100);
        preset.Property(p => p.Site).HasConversion<string>().HasMaxLength(20);
        preset.Property(p => p.CreatedAt).HasUtcTicksConversion();
        preset.Property(p => p.UpdatedAt).HasUtcTicksConversion();
        preset.HasIndex(p => p.Name);
    }
}
