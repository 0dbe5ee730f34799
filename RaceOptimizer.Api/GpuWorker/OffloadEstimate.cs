using RaceOptimizer.Contracts.Status;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// How long a job's races would take on the worker and here, from both speeds on Core's <see cref="ReferenceRace"/>: the
/// worker's as its probe reports it (timed at its start-up), this CPU's from <see cref="LocalThroughput"/>. The worker
/// also pays two round trips (request and reply, as long as the probe's each), so a tiny job stays here even beside a
/// fast GPU. Every stage of a job (its races, then scoring lineups against them) is taken to run as much faster as its
/// races do: one figure per side, timed in a fraction of a second, instead of a benchmark per kernel (docs/decisions.md).
/// </summary>
public sealed record OffloadEstimate(double Races, double WorkerSeconds, double LocalSeconds)
{
    /// <summary>Whether the worker is expected to finish first; a tie stays here, where nothing crosses the network.</summary>
    public bool WorkerSooner => WorkerSeconds < LocalSeconds;

    public static OffloadEstimate For(double races, GpuDevice device, double localRacesPerSecond, TimeSpan probe)
    {
        ArgumentNullException.ThrowIfNull(device);
        var local = races / localRacesPerSecond;
        var worker = WorkerRacesPerSecond(device) is { } speed ? (2 * probe.TotalSeconds) + (races / speed) : double.PositiveInfinity;
        return new(races, worker, local);
    }

    /// <summary>
    /// The worker's speed; one that does not time itself (an older build) is taken as fast when it is a GPU, as the router
    /// took every worker before speeds were reported, and as never faster when it is ILGPU's CPU accelerator.
    /// </summary>
    private static double? WorkerRacesPerSecond(GpuDevice device) => device.RacesPerSecond switch
    {
        { } timed => timed,
        null when string.Equals(device.Kind, WorkerDevice.CpuKind, StringComparison.OrdinalIgnoreCase) => null,
        null => double.MaxValue,
    };
}
