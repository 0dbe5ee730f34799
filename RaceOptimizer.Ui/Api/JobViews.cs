using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Ui.Api;

/// <summary>What the pages ask of the contract's jobs beyond their fields.</summary>
public static class JobViews
{
    extension(JobView job)
    {
        public bool IsActive => job.Status.IsActive();

        public bool IsFinished => job.Status.IsFinished();
    }

    extension(JobStats stats)
    {
        public int CountOf(JobStatus status) => stats.ByStatus.TryGetValue(status.Name(), out var count) ? count : 0;

        /// <summary>The share of jobs that ran on the GPU among those that ran anywhere; null before any ran.</summary>
        public double? GpuShare
        {
            get
            {
                var ran = stats.ByMode.Values.Sum();
                return ran == 0 ? null : (stats.ByMode.TryGetValue(ExecutionMode.Gpu.Name(), out var gpu) ? gpu : 0) / (double)ran;
            }
        }
    }
}
