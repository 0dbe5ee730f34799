namespace RaceOptimizer.Api.GpuWorker;

/// <summary>Why an offload failed, as the short code a fallback job records (`fallbackReason`).</summary>
public static class FallbackReasons
{
    public const string Unreachable = "unreachable";
    public const string Timeout = "timeout";
    public const string Unauthorized = "unauthorized";
    public const string ServerError = "server-error";
    public const string Rejected = "rejected";
    public const string MalformedReply = "malformed-reply";
    public const string WorkerDied = "worker-died";
}

/// <summary>A call to the GPU worker failed; <see cref="Reason"/> is one of <see cref="FallbackReasons"/>.</summary>
public sealed class GpuOffloadException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Reason { get; } = reason;
}
