using BenchmarkDotNet.Attributes;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Benchmarks;

/// <summary>
/// The target: 10,000 simulations of a 38-car, 267-lap intermediate race in at most a second on every core,
/// keeping only the summary or also the points matrix.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RaceSimulationBenchmark
{
    private readonly RaceSetup setup = new(
        Series.Cup,
        TrackType.Intermediate,
        267,
        [.. Enumerable.Range(1, 38).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / 37), i))]);

    [Params(false, true)]
    public bool KeepPointsMatrix { get; set; }

    [Benchmark]
    public SimulationResult TenThousandRaces() => RaceSimulator.Default.Run(setup, new SimulationOptions(10_000, Seed: 42, KeepPointsMatrix));
}
