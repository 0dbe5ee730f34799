namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// Turns Core's progress (a fraction done) into a job's progress (percent and a message), on the reporting thread:
/// <see cref="Progress{T}"/> would post every report to the thread pool, thousands of them for a long simulation.
/// </summary>
internal sealed class FractionProgress(IProgress<JobProgress> job, Func<double, string> describe) : IProgress<double>
{
    public void Report(double value) => job.Report(new JobProgress(Math.Round(value * 100, 1), describe(value)));
}
