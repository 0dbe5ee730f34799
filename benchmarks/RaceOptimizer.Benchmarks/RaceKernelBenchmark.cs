using BenchmarkDotNet.Attributes;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Simulation;

namespace RaceOptimizer.Benchmarks;

/// <summary>
/// The worker's race kernel on the accelerator it would pick (here ILGPU's CPU accelerator: no GPU on this machine),
/// on the same 38-car, 267-lap race as <see cref="RaceSimulationBenchmark"/>: what offloading costs where no GPU exists.
/// The kernel is compiled once in the setup, as the worker does at start-up.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RaceKernelBenchmark : IDisposable
{
    private readonly RaceSetup setup = new(
        Series.Cup,
        TrackType.Intermediate,
        267,
        [.. Enumerable.Range(1, 38).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / 37), i))]);

    private ComputeDevice? device;
    private GpuRaceSimulator? simulator;

    [Params(1_000, 10_000)]
    public int Simulations { get; set; }

    [GlobalSetup]
    public void CompileKernel()
    {
        device = new ComputeDevice(AcceleratorPreference.Auto);
        simulator = new GpuRaceSimulator(device);
        Console.WriteLine($"// Device: {device.Info.Kind} {device.Info.Name}, {device.Info.ComputeUnits} compute units");
    }

    [Benchmark]
    public Task<SimulationResult> Races() => simulator!.RunAsync(setup, new SimulationOptions(Simulations, Seed: 42, KeepPointsMatrix: true), null, CancellationToken.None);

    [GlobalCleanup]
    public void Dispose()
    {
        device?.Dispose();
        GC.SuppressFinalize(this);
    }
}
