using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RaceOptimizer.Api.Data;

internal sealed class AppStateRecordConfiguration : IEntityTypeConfiguration<AppStateRecord>
{
    public void Configure(EntityTypeBuilder<AppStateRecord> state)
    {
        state.ToTable("app_state");
        state.HasKey(s => s.Key);
        state.Property(s => s.Key).HasMaxLength(100);
    }
}
