using Microsoft.Extensions.Options;
using RaceOptimizer.Api.Settings;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>Where and how to reach the worker for one call. The key is a secret: this record is never logged.</summary>
public sealed record GpuConnection(Uri BaseAddress, string? ApiKey, TimeSpan Timeout)
{
    /// <summary>
    /// `/device` answers at once from a live worker; a stopped one behind Aspire's proxy accepts the connection and says
    /// nothing, so probes wait at most this long, whatever the settings allow a long run.
    /// </summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>This connection for a probe: its timeout capped at <see cref="ProbeTimeout"/>.</summary>
    public GpuConnection ForProbe() => this with { Timeout = Timeout < ProbeTimeout ? Timeout : ProbeTimeout };

    public override string ToString() => $"{BaseAddress} (timeout {Timeout.TotalSeconds:N0} s)";
}

/// <summary>
/// The connection the settings call for now: their URL, else the configured one (service discovery's `https+http://gpu`);
/// the key entered in settings, else the configured `gpu-api-key`. Read per job, so a change applies to the next job.
/// </summary>
public sealed class GpuConnections(SettingsStore settings, GpuKeyHolder keys, IOptions<GpuWorkerOptions> options)
{
    public async Task<GpuConnection> CurrentAsync(CancellationToken cancellationToken)
    {
        var gpu = await settings.GpuAsync(cancellationToken);
        return new GpuConnection(
            new Uri(gpu.Url ?? options.Value.Url),
            keys.Key ?? options.Value.ApiKey,
            TimeSpan.FromSeconds(gpu.TimeoutSeconds));
    }
}
