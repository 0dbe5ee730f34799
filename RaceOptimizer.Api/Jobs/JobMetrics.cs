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

    public void Finished(string type, string status, string mode, TimeSpan ran)
    {
        var tags = new TagList { { "raceoptimizer.job.type", type }, { "raceoptimizer.job.status", status }, { "raceoptimizer.execution.mode", mode } };
        finished.Add(1, tags);
        duration.Record(ran.TotalSeconds, tags);
    }
}
