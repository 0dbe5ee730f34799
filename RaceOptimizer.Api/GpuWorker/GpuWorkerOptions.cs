namespace RaceOptimizer.Api.GpuWorker;

/// <summary>How the API reaches the GPU worker. The key is a secret: it is never logged, traced or stored.</summary>
public sealed class GpuWorkerOptions
{
    public const string Section = "GpuWorker";

    /// <summary>The Aspire service-discovery name of the worker; a URL here points at a remote worker instead.</summary>
    public string Url { get; set; } = "https+http://gpu";

    public string? ApiKey { get; set; }
}
