using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// An optimization's steps as the job's progress: from <paramref name="start"/> percent (after its simulations, if any)
/// to 99, the building counted lineup by lineup, so a long ROI build no longer sits at one figure.
/// </summary>
internal sealed class OptimizeStageProgress(IProgress<JobProgress> job, double start) : IProgress<OptimizeProgress>
{
    public void Report(OptimizeProgress value)
    {
        var span = 99 - start;
        job.Report(value.Stage switch
        {
            OptimizeStage.Ranking => new JobProgress(start, $"Ranking every lineup, then building {value.Total:N0}"),
            OptimizeStage.Building => new JobProgress(Math.Round(start + (span * 0.95 * value.Done / Math.Max(1, value.Total)), 1), $"Building lineups: {value.Done:N0} of {value.Total:N0}"),
            _ => new JobProgress(Math.Round(start + (span * 0.95), 1), "Valuing the portfolio on fresh races against a fresh field"),
        });
    }
}
