using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// The race simulation kernel, compiled for the worker's accelerator once and kept: one thread runs one simulated
/// race through Core's own <see cref="RaceEngine{TInputs, TState}"/>, drawing from stream (seed, simulation) exactly as
/// the CPU does.
/// </summary>
internal sealed class RaceKernel(Accelerator accelerator)
{
    private readonly Action<Index1D, DeviceRaceInputs, RaceLanes, ulong, long> kernel =
        accelerator.LoadAutoGroupedStreamKernel<Index1D, DeviceRaceInputs, RaceLanes, ulong, long>(Simulate);

    public Accelerator Accelerator => accelerator;

    /// <summary>Simulations first to first + races - 1, one per lane; asynchronous on the accelerator's default stream.</summary>
    public void Launch(DeviceRaceInputs inputs, RaceLanes lanes, ulong seed, long first, int races) => kernel(races, inputs, lanes, seed, first);

    private static void Simulate(Index1D lane, DeviceRaceInputs inputs, RaceLanes lanes, ulong seed, long first)
    {
        var state = new DeviceRaceState(lanes, lane);
        RaceEngine<DeviceRaceInputs, DeviceRaceState>.Run(ref inputs, ref state, seed, first + lane);
    }
}
