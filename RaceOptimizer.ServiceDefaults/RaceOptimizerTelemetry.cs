using System.Diagnostics;

namespace RaceOptimizer.ServiceDefaults;

/// <summary>
/// Observability names shared by every service (see docs/architecture.md). Spans are `{verb} {object}`;
/// attributes are dot-namespaced under `raceoptimizer.`.
/// </summary>
public static class RaceOptimizerTelemetry
{
    /// <summary>Every RaceOptimizer ActivitySource and Meter starts with this prefix; the wildcard registers them all.</summary>
    public const string SourcePrefix = "RaceOptimizer.";

    public const string ApiSourceName = "RaceOptimizer.Api";
    public const string GpuSourceName = "RaceOptimizer.Gpu";
    public const string CoreSourceName = "RaceOptimizer.Core";
    public const string UiSourceName = "RaceOptimizer.Ui";

    public static class Attributes
    {
        public const string JobId = "raceoptimizer.job.id";
        public const string JobType = "raceoptimizer.job.type";
        public const string ExecutionMode = "raceoptimizer.execution.mode";
        public const string FallbackReason = "raceoptimizer.fallback.reason";
        public const string DeviceName = "raceoptimizer.device.name";

        /// <summary>Which worker process computed (replicas share one address): the worker's `service.instance.id`.</summary>
        public const string WorkerInstance = "raceoptimizer.worker.instance";
        public const string Simulations = "raceoptimizer.simulations";
        public const string Lineups = "raceoptimizer.lineups";
        public const string Objective = "raceoptimizer.objective";

        /// <summary>A shard of a split job: its first race (its races are `raceoptimizer.simulations`) and which try on the worker this is (absent on the run here that follows the last).</summary>
        public const string ShardFirst = "raceoptimizer.shard.first";
        public const string ShardTry = "raceoptimizer.shard.try";

        /// <summary>The router's estimate of an offload, in seconds: on the worker (its speed and round trips) and here.</summary>
        public const string WorkerSecondsEstimate = "raceoptimizer.offload.worker_seconds";
        public const string LocalSecondsEstimate = "raceoptimizer.offload.local_seconds";
    }

    /// <summary>Creates the ActivitySource of one service; the host owns it for the process lifetime.</summary>
    public static ActivitySource CreateSource(string name) => new(name, typeof(RaceOptimizerTelemetry).Assembly.GetName().Version?.ToString());
}
