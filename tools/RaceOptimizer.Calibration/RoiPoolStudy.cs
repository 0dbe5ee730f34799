using System.Diagnostics;
using System.Globalization;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Portfolios;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Calibration;

/// <summary>
/// dotnet run -c Release --project tools/RaceOptimizer.Calibration -- roi-pool [--pools 4000,8000,16000] [--seeds 42:43,7:8,11:12] [--simulations 10000]
/// Does a deeper ROI candidate pool build better tournament portfolios? The Brickyard 400 DraftKings export, undated and
/// rated from the loop data as a user's slate is, simulated under the first seed of each pair; 150 lineups two apart are
/// chosen by ROI in a 10,000-entry top-heavy contest from each starting pool (which then grows, <see cref="RaceOptimizer.Core.Optimization.Portfolios.CandidateSearch"/>),
/// then valued on fresh races (the second seed) against a fresh field. In-sample ROI always rises with the pool (more
/// lineups to fit the same races); only the out-of-sample figure says whether the deeper search found better lineups
/// (docs/decisions.md, "ROI candidate pool").
/// </summary>
internal static class RoiPoolStudy
{
    public static int Run(RaceHistory history, Options options, string dataFolder)
    {
        var pools = options.Get("pools", "4000,8000,16000").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var seeds = options.Get("seeds", "42:43,7:8,11:12").Split(',').Select(pair => pair.Split(':').Select(s => ulong.Parse(s, CultureInfo.InvariantCulture)).ToArray()).ToList();
        var simulations = int.Parse(options.Get("simulations", "10000"), CultureInfo.InvariantCulture);
        var file = Path.Combine(dataFolder, "dk-salaries-cup-brickyard-400.csv");
        using var stream = File.OpenRead(file);
        var slate = SlateImport.Import(new SlateFiles(new SlateFile(file, stream))).Slate ?? throw new InvalidDataException($"{file} did not import.");
        var setup = SlateRace.Of(slate, DriverStrengths.ForSlate(slate, history, new StrengthBlend(0.5)), history).Setup;
        SimulatedPoints Simulate(ulong seed) =>
            SimulatedPoints.From(RaceSimulator.Default.Run(setup, new SimulationOptions(simulations, Seed: seed, KeepPointsMatrix: true)).DraftKings!);

        Console.WriteLine("| seeds (chosen on : valued on) | starting pool | valued | time | in-sample ROI | out-of-sample ROI ± SE |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var pair in seeds)
        {
            var (points, holdout) = (Simulate(pair[0]), Simulate(pair[1]));
            foreach (var pool in pools)
            {
                var clock = Stopwatch.StartNew();
                var request = new OptimizeRequest(slate, new Objective(ObjectiveKind.Roi), new PortfolioRules(150, 2), Simulations: points, Seed: 1, CandidatePool: pool) { Holdout = holdout };
                var result = LineupOptimizer.Optimize(request);
                var (inside, outside) = (result.InSample!.Contest!, result.OutOfSample!.Contest!);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {pair[0]} : {pair[1]} | {pool:N0} | {result.CandidateSearch?.Valued:N0} | {clock.Elapsed.TotalSeconds:F1} s | {inside.Roi:P1} | {outside.Roi:P1} ± {outside.RoiStandardError:P1} |"));
            }
        }

        return 0;
    }
}
