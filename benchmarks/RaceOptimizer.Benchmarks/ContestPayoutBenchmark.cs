using BenchmarkDotNet.Attributes;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Evaluation;

namespace RaceOptimizer.Benchmarks;

/// <summary>
/// Paying an ROI candidate pool (random six-driver lineups) against a 1,000-lineup field standing for a 10,000-entry
/// top-heavy tournament in 10,000 simulated races: Core's tally (one thread, as the optimizer values its first pool)
/// beside the worker's payout kernel on the accelerator <c>Auto</c> picks (ILGPU's CPU accelerator here).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ContestPayoutBenchmark : IDisposable
{
    private const int Simulations = 10_000;

    private ComputeDevice? device;
    private GpuLineupScorer? scorer;
    private ContestStandings? standings;
    private LineupPayoutRequest? request;

    [Params(1_000, 4_000)]
    public int Lineups { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var entrants = Enumerable.Range(1, 38).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / 37), i)).ToList();
        var points = SimulatedPoints.From(RaceSimulator.Default.Run(new RaceSetup(Series.Cup, TrackType.Intermediate, 267, entrants), new SimulationOptions(Simulations, Seed: 42, KeepPointsMatrix: true)).DraftKings!);
        var slate = new Slate("bench", "bench", Site.DraftKings, new Race("bench", Series.Cup, "bench", TrackType.Intermediate, 267, null),
            [.. Enumerable.Range(0, 38).Select(i => new SlateDriver($"Driver {i + 1}", $"{i}", 11_000 - (i * 150)))]);
        var open = new LineupSpace(slate, LineupRules.None);
        var field = ContestField.Draw(open, points.Totals, FieldModel.Default, ContestSettings.DefaultFieldSize, seed: 1);
        standings = new ContestStandings(points, field, ContestSettings.DefaultTournament.Payouts);
        var random = new Random(7);
        ulong[] lineups = [.. open.Lineups().OrderBy(_ => random.Next()).Take(Lineups)];
        request = new LineupPayoutRequest(points, standings.Tables(), lineups);
        device = new ComputeDevice(AcceleratorPreference.Auto);
        scorer = new GpuLineupScorer(device);
        Console.WriteLine($"// Device: {device.Info.Kind} {device.Info.Name}, {device.Info.ComputeUnits} compute units");
    }

    [Benchmark(Baseline = true)]
    public ContestTally[] Core()
    {
        var scores = new int[Simulations];
        return [.. request!.Lineups.Select(lineup =>
        {
            standings!.Points.LineupPoints(lineup, scores);
            return standings.Tally(scores);
        })];
    }

    [Benchmark]
    public Task<ContestTally[]> Kernel() => scorer!.PayAsync(request!, CancellationToken.None);

    [GlobalCleanup]
    public void Dispose()
    {
        device?.Dispose();
        GC.SuppressFinalize(this);
    }
}
