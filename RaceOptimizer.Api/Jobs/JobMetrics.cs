using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RaceOptimizer.Api.Jobs;

/// <summary>Jobs finished by type, status and mode, and how long they ran.</summary>
internal sealed class JobMetrics
{
    private readonly Counter<long> finished = ApiTelemetry.Meter.CreateCounter<long>(
        "raceoptimizer.jobs.finished", unit: "{job}", description: "Jobs that reached a final status");

    private readonly Histogram<double> duration = ApiTelemetry.Meter.CreateHistogram<double>(
        "raceoptimizer.jobs.duration", unit: "s", description: "How long jobs ran");

    public void Finished(JobType type, JobStatus status, ExecutionMode mode, TimeSpan ran)
    {
        var tags = new TagList { { "raceoptimizer.job.type", type.Name() }, { "raceoptimizer.job.status", status.Name() }, { "raceoptimizer.execution.mode", mode.Name() } };
        finished.Add(1, tags);
        duration.Record(ran.TotalSeconds, tags);
    }
}
