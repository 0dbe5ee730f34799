using BenchmarkDotNet.Attributes;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Benchmarks;

/// <summary>
/// Where a simulate job's time goes around the engine (issue #20 item 5), stage by stage as the API's handler runs them
/// on the real Brickyard 400 DraftKings export rated from the real loop data (../shared/data): grouping the stored rows
/// into races, rating the slate, building its race, the races themselves, the optimal-lineup share and writing the
/// points matrix. Each stage takes the previous stages' output, prepared once.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SimulateJobStagesBenchmark
{
    private IReadOnlyList<LoopDataRow> rows = null!;
    private RaceHistory history = null!;
    private Slate slate = null!;
    private IReadOnlyList<DriverStrength> strengths = null!;
    private RaceSetup setup = null!;
    private PointsMatrix matrix = null!;

    [Params(10_000)]
    public int Races { get; set; }

    [GlobalSetup]
    public void Load()
    {
        var data = SharedData.Folder();
        var loopData = Path.Combine(data, "loop-data-2019-2023.csv");
        using (var stream = File.OpenRead(loopData))
        {
            rows = LoopDataHistoryFile.Read(stream, loopData).Value ?? throw new InvalidDataException($"{loopData} did not import.");
        }

        var salaries = Path.Combine(data, "dk-salaries-cup-brickyard-400.csv");
        using (var stream = File.OpenRead(salaries))
        {
            var list = DraftKingsSalaryFile.Read(stream, salaries).Value ?? throw new InvalidDataException($"{salaries} did not import.");
            var race = new Race("Brickyard 400", Series.Cup, "Indianapolis Motor Speedway", TrackType.Flat, 160, null);
            slate = new Slate("brickyard", race.Name, Site.DraftKings, race, [.. list.Drivers.Select(d => new SlateDriver(d.Name, d.SiteId, d.Salary))]);
        }

        history = RaceHistory.From(rows);
        strengths = RateSlate();
        setup = BuildRace().Setup;
        matrix = Simulate().DraftKings!;
    }

    [Benchmark]
    public RaceHistory GroupHistory() => RaceHistory.From(rows);

    [Benchmark]
    public IReadOnlyList<DriverStrength> RateSlate() => DriverStrengths.ForSlate(slate, history, new StrengthBlend(1));

    [Benchmark]
    public SlateRace BuildRace() => SlateRace.Of(slate, strengths, history);

    [Benchmark]
    public SimulationResult Simulate() => RaceSimulator.Default.Run(setup, new SimulationOptions(Races, Seed: 42, KeepPointsMatrix: true) { MaxDegreeOfParallelism = Environment.ProcessorCount });

    [Benchmark]
    public double[]? OptimalLineupShare() => OptimalLineups.Share(slate, matrix);

    [Benchmark]
    public long WriteMatrix()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stages-{Environment.ProcessId}.points");
        using (var file = File.Create(path))
        {
            matrix.WriteTo(file);
            file.Flush();
        }

        var length = new FileInfo(path).Length;
        File.Delete(path);
        return length;
    }
}
