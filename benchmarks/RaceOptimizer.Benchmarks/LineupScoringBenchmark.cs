using BenchmarkDotNet.Attributes;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Evaluation;

namespace RaceOptimizer.Benchmarks;

/// <summary>
/// Scoring random six-driver lineups under each simulation objective against the DraftKings points of 10,000
/// simulated races of the 38-car field: Core's reference (all cores) beside the worker's scoring kernel on the
/// accelerator <c>Auto</c> picks (ILGPU's CPU accelerator here), compiled once in the setup as the worker does.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LineupScoringBenchmark : IDisposable
{
    private const int Simulations = 10_000;
    private const int Lineups = 1_000;

    private ComputeDevice? device;
    private GpuLineupScorer? scorer;
    private LineupScoringRequest? request;

    [Params(ObjectiveKind.Tail, ObjectiveKind.Percentile, ObjectiveKind.Cvar)]
    public ObjectiveKind Objective { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var setup = new RaceSetup(Series.Cup, TrackType.Intermediate, 267, [.. Enumerable.Range(1, 38).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / 37), i))]);
        var points = SimulatedPoints.From(RaceSimulator.Default.Run(setup, new SimulationOptions(Simulations, Seed: 42, KeepPointsMatrix: true)).DraftKings!);
        var random = new Random(7);
        ulong[] lineups = [.. Enumerable.Range(0, Lineups).Select(_ => LineupSpace.MaskOf(Enumerable.Range(0, 38).OrderBy(_ => random.Next()).Take(6)))];
        int[] thresholds = Objective == ObjectiveKind.Tail ? [.. Enumerable.Range(0, Simulations).Select(_ => random.Next(25_000, 35_000))] : [];
        request = new LineupScoringRequest(points, ObjectiveMeasure.Of(new Objective(Objective, Percentile: 90, Alpha: 0.01), Simulations), thresholds, lineups);
        device = new ComputeDevice(AcceleratorPreference.Auto);
        scorer = new GpuLineupScorer(device);
        Console.WriteLine($"// Device: {device.Info.Kind} {device.Info.Name}, {device.Info.ComputeUnits} compute units");
    }

    [Benchmark(Baseline = true)]
    public long[] Core() => LineupScores.Score(request!.Points, request.Lineups, request.Measure, request.Thresholds);

    [Benchmark]
    public Task<long[]> Kernel() => scorer!.ScoreAsync(request!, CancellationToken.None);

    [GlobalCleanup]
    public void Dispose()
    {
        device?.Dispose();
        GC.SuppressFinalize(this);
    }
}
