using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RaceOptimizer.Api.Data;

internal sealed class SelfTestRecordConfiguration : IEntityTypeConfiguration<SelfTestRecord>
{
    public void Configure(EntityTypeBuilder<SelfTestRecord> selfTest)
    {
        selfTest.ToTable("self_tests");
        selfTest.Property(s => s.Message).HasMaxLength(500);
        selfTest.Property(s => s.CreatedAt).HasUtcTicksConversion();
        selfTest.HasIndex(s => s.CreatedAt);
    }
}
