using BenchmarkDotNet.Attributes;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Benchmarks;

/// <summary>
/// Building a contest's standings (the field scored and sorted race by race, and the sampled ranks' table of expected
/// prizes and rates), which a job does twice per contest valuation (in and out of sample): the default 1,000-lineup field
/// standing for a 10,000-entry and a 1,000,000-entry top-heavy tournament, against one lineup and a 150-lineup portfolio
/// (a row of the table per own entry ahead, up to 16), in 10,000 simulated races of the 38-car field.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ContestTablesBenchmark
{
    private const int Simulations = 10_000;

    private SimulatedPoints? points;
    private ContestField? field;

    [Params(10_000, 1_000_000)]
    public int Entries { get; set; }

    [Params(1, 150)]
    public int OwnEntries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var entrants = Enumerable.Range(1, 38).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / 37), i)).ToList();
        points = SimulatedPoints.From(RaceSimulator.Default.Run(new RaceSetup(Series.Cup, TrackType.Intermediate, 267, entrants), new SimulationOptions(Simulations, Seed: 42, KeepPointsMatrix: true)).DraftKings!);
        var slate = new Slate("bench", "bench", Site.DraftKings, new Race("bench", Series.Cup, "bench", TrackType.Intermediate, 267, null),
            [.. Enumerable.Range(0, 38).Select(i => new SlateDriver($"Driver {i + 1}", $"{i}", 11_000 - (i * 150)))]);
        field = ContestField.Draw(new LineupSpace(slate, LineupRules.None), points.Totals, FieldModel.Default, ContestSettings.DefaultFieldSize, seed: 1);
    }

    [Benchmark]
    public ContestStandings Standings() =>
        new(points!, field!, PayoutStructure.Preset(ContestPreset.TopHeavy, Entries, 5), OwnEntries);
}
