using BenchmarkDotNet.Attributes;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Evaluation;

namespace RaceOptimizer.Benchmarks;

/// <summary>
/// Lineup evaluation (sums, sums of squares, top-1% counts, 40-bin histograms) of random six-driver lineups against
/// the DraftKings points of 10,000 simulated races of the 38-car field: Core's CPU reference beside the worker's
/// kernel on the accelerator <c>Auto</c> picks, compiled once in the setup as the worker does at start-up.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LineupEvaluationBenchmark : IDisposable
{
    private const int Simulations = 10_000;

    private readonly HistogramBins bins = new(0, 10, 40);
    private ComputeDevice? device;
    private GpuLineupEvaluator? evaluator;
    private SimulatedPoints? points;
    private ulong[] lineups = [];
    private int[] thresholds = [];

    [Params(150, 10_000)]
    public int Lineups { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var setup = new RaceSetup(Series.Cup, TrackType.Intermediate, 267, [.. Enumerable.Range(1, 38).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / 37), i))]);
        points = SimulatedPoints.From(RaceSimulator.Default.Run(setup, new SimulationOptions(Simulations, Seed: 42, KeepPointsMatrix: true)).DraftKings!);
        var random = new Random(7);
        lineups = [.. Enumerable.Range(0, Lineups).Select(_ => LineupSpace.MaskOf(Enumerable.Range(0, 38).OrderBy(_ => random.Next()).Take(6)))];
        thresholds = [.. Enumerable.Range(0, Simulations).Select(_ => random.Next(25_000, 35_000))];
        device = new ComputeDevice(AcceleratorPreference.Auto);
        evaluator = new GpuLineupEvaluator(device);
        Console.WriteLine($"// Device: {device.Info.Kind} {device.Info.Name}, {device.Info.ComputeUnits} compute units");
    }

    [Benchmark(Baseline = true)]
    public LineupTallies Core() => LineupEvaluation.Evaluate(points!, lineups, thresholds, bins);

    [Benchmark]
    public Task<LineupTallies> Kernel() => evaluator!.EvaluateAsync(points!, lineups, thresholds, bins, CancellationToken.None);

    [GlobalCleanup]
    public void Dispose()
    {
        device?.Dispose();
        GC.SuppressFinalize(this);
    }
}
