namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// Why an offload failed, as the short code a fallback job records (<see cref="JobView.FallbackReason"/>); and
/// <see cref="WorkerSlower"/>, why a job that asked for the worker ran `local` without trying it.
/// </summary>
public static class FallbackReasons
{
    public const string Unreachable = "unreachable";
    public const string Timeout = "timeout";
    public const string Unauthorized = "unauthorized";
    public const string ServerError = "server-error";
    public const string Rejected = "rejected";
    public const string MalformedReply = "malformed-reply";
    public const string WorkerDied = "worker-died";

    /// <summary>The worker answered, but its speed said the job would finish sooner here: the job ran `local`, not `fallback`.</summary>
    public const string WorkerSlower = "worker-slower";
}
