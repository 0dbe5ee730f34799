using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>The slate a job runs on, read when the run starts: it may have been deleted since the job was queued.</summary>
internal static class JobSlate
{
    public static async Task<Slate> LoadAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var db = job.Services.GetRequiredService<RaceOptimizerDb>();
        var record = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == job.SlateId, cancellationToken)
            ?? throw new InvalidOperationException($"The slate '{job.SlateId}' was deleted before the job ran.");
        return record.ToSlate();
    }
}
