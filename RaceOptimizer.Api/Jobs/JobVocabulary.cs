namespace RaceOptimizer.Api.Jobs;

/// <summary>The states of a job. Only `queued` and `running` can still change.</summary>
public static class JobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static readonly string[] All = [Queued, Running, Completed, Failed, Cancelled];

    public static bool IsFinished(string status) => status is Completed or Failed or Cancelled;
}

/// <summary>The kinds of work a job can be; each is run by the <see cref="IJobHandler"/> of the same name.</summary>
public static class JobTypes
{
    public const string Simulate = "simulate";
    public const string Optimize = "optimize";
    public const string Backtest = "backtest";

    public static readonly string[] All = [Simulate, Optimize, Backtest];

    /// <summary>Whether jobs of the type run on a slate (`slateId` is required and must exist).</summary>
    public static bool NeedsSlate(string type) => type is Simulate or Optimize;
}

/// <summary>Where a job ran: on the GPU worker, on this process's CPU, or on the CPU after the GPU path failed.</summary>
public static class ExecutionModes
{
    public const string Gpu = "gpu";
    public const string Local = "local";
    public const string Fallback = "fallback";

    public static readonly string[] All = [Gpu, Local, Fallback];
}
