using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RaceOptimizer.Api.Data;

namespace RaceOptimizer.Api.Jobs;

internal sealed class JobRecordConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> job)
    {
        job.ToTable("jobs");
        job.Property(j => j.Id).HasMaxLength(40);
        job.Property(j => j.Name).HasMaxLength(JobRequest.MaxNameLength);
        // The vocabulary is stored by its lower-case names, as the API writes it (`queued`, `simulate`, `gpu`).
        job.Property(j => j.Type).HasConversion(t => t.Name(), name => JobVocabulary.Parse<JobType>(name)).HasMaxLength(20);
        job.Property(j => j.Status).HasConversion(s => s.Name(), name => JobVocabulary.Parse<JobStatus>(name)).HasMaxLength(20);
        job.Property(j => j.ExecutionMode)
            .HasConversion(new ValueConverter<ExecutionMode, string>(m => m.Name(), name => JobVocabulary.Parse<ExecutionMode>(name))).HasMaxLength(20);
        job.Property(j => j.RunToken).HasMaxLength(40);
        job.Property(j => j.TraceId).HasMaxLength(32);
        job.Property(j => j.WorkerInstance).HasMaxLength(200);
        job.Property(j => j.CreatedAt).HasUtcTicksConversion();
        job.Property(j => j.StartedAt).HasUtcTicksConversion();
        job.Property(j => j.FinishedAt).HasUtcTicksConversion();
        job.Property(j => j.HeartbeatAt).HasUtcTicksConversion();
        job.Property(j => j.PointsEvictedAt).HasUtcTicksConversion();
        job.HasIndex(j => j.CreatedAt);
        job.HasIndex(j => j.Status);
        job.HasIndex(j => j.RerunOf);
    }
}
