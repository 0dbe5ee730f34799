using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RaceOptimizer.Api.Data;

internal sealed class SlateResultRecordConfiguration : IEntityTypeConfiguration<SlateResultRecord>
{
    public void Configure(EntityTypeBuilder<SlateResultRecord> result)
    {
        result.ToTable("slate_results");
        result.HasKey(r => r.SlateId);
        // Deleting a slate deletes its result in the database itself, so ExecuteDelete needs no second statement.
        result.HasOne<SlateRecord>().WithOne().HasForeignKey<SlateResultRecord>(r => r.SlateId).OnDelete(DeleteBehavior.Cascade);
        result.Property(r => r.Result).HasJsonConversion();
        result.Property(r => r.AttachedAt).HasUtcTicksConversion();
    }
}
