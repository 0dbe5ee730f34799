using Microsoft.Extensions.Options;
using RaceOptimizer.Api.Settings;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>Where and how to reach the worker for one call. The key is a secret: this record is never logged.</summary>
/// <param name="Key">The key given for <paramref name="BaseAddress"/>'s origin; null when none was.</param>
public sealed record GpuConnection(Uri BaseAddress, GpuWorkerKey? Key, TimeSpan Timeout)
{
    /// <summary>
    /// `/device` answers at once from a live worker; a stopped one behind Aspire's proxy accepts the connection and says
    /// nothing, so probes wait at most this long, whatever the settings allow a long run.
    /// </summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Where the client marks each sign of life of the worker on this connection, so a job can say how long it has waited; null when nobody watches.</summary>
    public WorkerSilence? Silence { get; init; }

    /// <summary>The settings send work here even when the worker is slower than this CPU (<see cref="GpuSettings.ForceOffload"/>).</summary>
    public bool ForceOffload { get; init; }

    /// <summary>This connection for a probe: its timeout capped at <see cref="ProbeTimeout"/>.</summary>
    public GpuConnection ForProbe() => this with { Timeout = Timeout < ProbeTimeout ? Timeout : ProbeTimeout };

    public override string ToString() => $"{BaseAddress} (timeout {Timeout.TotalSeconds:N0} s)";
}

/// <summary>
/// The connection the settings call for now: their URL, else the configured one (service discovery's `https+http://gpu`),
/// with the key given for that URL's origin: the one entered in settings with it, else the configured `gpu-api-key` when
/// the URL is the configured worker's. Any other origin gets no key. Read per job, so a change applies to the next job.
/// </summary>
public sealed class GpuConnections(SettingsStore settings, GpuKeyHolder keys, IOptions<GpuWorkerOptions> options)
{
    public async Task<GpuConnection> CurrentAsync(CancellationToken cancellationToken)
    {
        var gpu = await settings.GpuAsync(cancellationToken);
        var address = AddressOf(gpu.Url);
        return new GpuConnection(address, KeyFor(address, keys.Key), TimeSpan.FromSeconds(gpu.TimeoutSeconds)) { ForceOffload = gpu.ForceOffload };
    }

    /// <summary>
    /// The connection a settings form's values would make, before they are saved: their URL and timeout, with the key
    /// typed beside them, else the one held for that URL's origin. Like a saved connection, never another origin's key.
    /// </summary>
    public GpuConnection Typed(GpuSettings typed, string? typedKey)
    {
        var address = AddressOf(typed.Url);
        return new GpuConnection(address, KeyFor(address, Entered(typedKey, address)), TimeSpan.FromSeconds(typed.TimeoutSeconds));
    }

    /// <summary>A key as a settings request gives it: absent keeps the one held, empty clears it, else it is bound to <paramref name="address"/>'s origin.</summary>
    public GpuWorkerKey? Entered(string? typedKey, Uri address) => typedKey switch
    {
        null => keys.Key,
        "" => null,
        var key => GpuWorkerKey.For(key, address),
    };

    /// <summary>The worker a settings URL points at: the configured one when the settings name none.</summary>
    public Uri AddressOf(string? url) => new(url ?? options.Value.Url);

    /// <summary>The key that may go to <paramref name="address"/>: <paramref name="entered"/> if it was entered for its origin, else the configured key if it was configured for it.</summary>
    public GpuWorkerKey? KeyFor(Uri address, GpuWorkerKey? entered)
    {
        if (entered is not null && entered.IsFor(address))
        {
            return entered;
        }

        var configured = options.Value;
        return string.IsNullOrEmpty(configured.ApiKey) || !GpuWorkerKey.For(configured.ApiKey, new Uri(configured.Url)).IsFor(address)
            ? null
            : GpuWorkerKey.For(configured.ApiKey, address);
    }
}
