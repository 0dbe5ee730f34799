using BenchmarkDotNet.Attributes;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Portfolios;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Benchmarks;

/// <summary>
/// The optimizer's targets on the real Brickyard 400 DraftKings export (../shared/data) with AvgPointsPerGame as the
/// projection: the 150 best distinct lineups by mean (at most 100 ms), the same two drivers apart (at most 200 ms), and
/// the tail objective over every valid lineup against 10,000 simulations (at most 10 s), the same with cvar, and the share of those races'
/// optimal lineups each driver is in (what a simulate job adds to its result).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OptimizerBenchmark
{
    private Slate slate = null!;
    private SimulatedPoints points = null!;
    private PointsMatrix matrix = null!;

    [GlobalSetup]
    public void Load()
    {
        var file = Path.Combine(SharedData.Folder(), "dk-salaries-cup-brickyard-400.csv");
        using var stream = File.OpenRead(file);
        var list = DraftKingsSalaryFile.Read(stream, file).Value ?? throw new InvalidDataException($"{file} did not import.");
        var race = new Race("Brickyard 400", Series.Cup, "Indianapolis Motor Speedway", TrackType.Flat, 160, null);
        slate = new Slate("brickyard", race.Name, Site.DraftKings, race, [.. list.Drivers.Select(d => new SlateDriver(d.Name, d.SiteId, d.Salary, AvgPointsPerGame: d.AvgPointsPerGame))]);
        var strengths = DriverStrengths.ForSlate(slate, null, new StrengthBlend(0.5));
        var simulated = RaceSimulator.Default.Run(SlateRace.Of(slate, strengths, null).Setup, new SimulationOptions(10_000, Seed: 42, KeepPointsMatrix: true));
        matrix = simulated.DraftKings!;
        points = SimulatedPoints.From(matrix);
    }

    [Benchmark]
    [Arguments(1)]
    [Arguments(2)]
    public OptimizeResult MeanBest150(int minUniqueDrivers) =>
        LineupOptimizer.Optimize(new OptimizeRequest(slate, Objective.Mean, new PortfolioRules(150, minUniqueDrivers)));

    [Benchmark]
    public Candidate[] TailOverEveryLineup() =>
        SimulationRanking.Top(new LineupSpace(slate, LineupRules.None), points, new Objective(ObjectiveKind.Tail), Enumerable.Repeat(25_000, points.Simulations).ToArray(), 150);

    /// <summary>The mean of each lineup's best 10% of races (cvar) over every valid lineup, 150 kept.</summary>
    [Benchmark]
    public Candidate[] CvarOverEveryLineup() =>
        SimulationRanking.Top(new LineupSpace(slate, LineupRules.None), points, new Objective(ObjectiveKind.Cvar, Alpha: 0.1), [], 150);

    /// <summary>A whole tournament portfolio: 150 lineups two drivers apart by simulated ROI in a 10,000-entry top-heavy contest.</summary>
    [Benchmark]
    public OptimizeResult RoiPortfolio150() =>
        LineupOptimizer.Optimize(new OptimizeRequest(slate, new Objective(ObjectiveKind.Roi), new PortfolioRules(150, 2), Simulations: points, Seed: 1));

    [Benchmark]
    public double[]? OptimalLineupShare() => OptimalLineups.Share(slate, matrix);
}
