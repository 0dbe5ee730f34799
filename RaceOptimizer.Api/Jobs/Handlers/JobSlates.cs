using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>The slate a job runs on, read when the run starts: it may have been deleted since the job was queued.</summary>
internal sealed class JobSlates(RaceOptimizerDb db)
{
    public async Task<Slate> LoadAsync(string? slateId, CancellationToken cancellationToken)
    {
        var record = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == slateId, cancellationToken)
            ?? throw new InvalidOperationException($"The slate '{slateId}' was deleted before the job ran.");
        return record.ToSlate();
    }
}
