using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// The shards of one run (scoped to it, as the router is), recorded on the job as each one ends, so a running job shows
/// where its shards went and a finished one keeps every split stage's.
/// </summary>
public sealed class JobShards
{
    private readonly List<JobShard> done = [];
    private readonly SemaphoreSlim oneRecord = new(1, 1);
    private int stages;

    /// <summary>The number of the run's next split stage, from 1.</summary>
    public int NextStage() => Interlocked.Increment(ref stages);

    public async Task AddAsync(JobExecution job, JobShard shard)
    {
        ArgumentNullException.ThrowIfNull(job);
        // One record at a time, each with every shard before it: a slower write never replaces a longer list.
        await oneRecord.WaitAsync(CancellationToken.None);
        try
        {
            done.Add(shard);
            await job.RecordShardsAsync([.. done.OrderBy(record => record.Stage).ThenBy(record => record.First)]);
        }
        finally
        {
            oneRecord.Release();
        }
    }
}
