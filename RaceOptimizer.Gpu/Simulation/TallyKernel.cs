using ILGPU;
using ILGPU.Runtime;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// Adds a batch of simulated races to the run's tally where they ran, by Core's own rules (<see cref="DeviceTally"/>),
/// so only the totals cross to the host, not every race. One thread per car and race, cars innermost: neighbouring
/// threads read neighbouring outcomes and add to different drivers' totals, which keeps the atomics off one address.
/// </summary>
internal sealed class TallyKernel(Accelerator accelerator)
{
    private readonly Action<Index1D, DeviceTally, RaceLanes> kernel =
        accelerator.LoadAutoGroupedStreamKernel<Index1D, DeviceTally, RaceLanes>(Tally);

    /// <summary>The first <paramref name="races"/> lanes; asynchronous on the accelerator's default stream, after the races.</summary>
    public void Launch(DeviceTally tally, RaceLanes lanes, int races) => kernel(races * lanes.Drivers, tally, lanes);

    private static void Tally(Index1D index, DeviceTally tally, RaceLanes lanes) =>
        tally.Add(new DeviceRaceState(lanes, index / lanes.Drivers), index % lanes.Drivers);
}
