using System.Diagnostics;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Evaluation;
using RaceOptimizer.Gpu.Simulation;

// Usage: RaceOptimizer.DeviceCheck [Auto|Cuda|OpenCL|Cpu] [scale]; scale 1 is the full run, smaller values a smoke test.
var preference = args.Length > 0 ? Enum.Parse<AcceleratorPreference>(args[0], ignoreCase: true) : AcceleratorPreference.Auto;
var scale = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1.0;
int Scaled(int n) => Math.Max(100, (int)(n * scale));

var setup = new RaceSetup(Series.Cup, TrackType.Intermediate, 267, [.. Enumerable.Range(1, 38).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / 37), i))]);
var clock = Stopwatch.StartNew();
using var device = new ComputeDevice(preference);
var gpu = new GpuRaceSimulator(device);
await gpu.RunAsync(setup, new SimulationOptions(1_000, Seed: 1), null, CancellationToken.None); // compiles and warms the kernel
Console.WriteLine($"device: {device.Info.Kind} {device.Info.Name}, {device.Info.MemoryBytes / (1L << 30)} GiB, {device.Info.ComputeUnits} compute units; host: {Environment.ProcessorCount} cores; kernel ready in {clock.Elapsed.TotalSeconds:F1} s");
// Races are tallied on the device (#20 item 2): every kernel row below includes the tally, and only the totals (and
// the matrices, when kept) come back. Targets on an H200: 3,000,000 races/s at 1,000,000 races, 10,000 end to end in 30 ms.
Console.WriteLine("| path | races | keeps | median s | races / s |");
Console.WriteLine("|---|---|---|---|---|");

double Median(Func<double> run, int times) => Enumerable.Range(0, times).Select(_ => run()).Order().ElementAt(times / 2);
double Seconds(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalSeconds;
}

void Report(string path, int races, bool keep, double seconds) =>
    Console.WriteLine($"| {path} | {races:N0} | {(keep ? "summary + matrices" : "summary")} | {seconds:F3} | {races / seconds:N0} |");

foreach (var (races, keep, times) in new[] { (Scaled(10_000), false, 5), (Scaled(100_000), false, 3), (Scaled(100_000), true, 3), (Scaled(1_000_000), false, 3) })
{
    Report($"kernel + device tally on {device.Info.Kind}", races, keep, Median(() => Seconds(() => gpu.RunAsync(setup, new SimulationOptions(races, Seed: 42, keep), null, CancellationToken.None).GetAwaiter().GetResult()), times));
}

// End to end on the worker's side of the wire: the races run and tallied, the reply written as the worker streams it and
// read back and merged as the API reads it; only the network is left out.
async Task<SimulationResult> RunAndReply(int races)
{
    using var reply = new MemoryStream();
    var options = new SimulationOptions(races, Seed: 42);
    await SimulationStream.WriteShardAsync(reply, await gpu.RunShardAsync(setup, options, RaceRange.All(options), null, CancellationToken.None), CancellationToken.None);
    reply.Position = 0;
    return RaceSimulator.Default.Merge(setup, options, [await SimulationStream.ReadAsync(reply, null, TimeSpan.FromMinutes(1), CancellationToken.None)]);
}

var endToEnd = Scaled(10_000);
Report($"end to end on {device.Info.Kind} (run, reply written and read)", endToEnd, false, Median(() => Seconds(() => RunAndReply(endToEnd).GetAwaiter().GetResult()), 7));

foreach (var (races, times) in new[] { (Scaled(10_000), 5), (Scaled(100_000), 3) })
{
    Report($"Core CPU, {Environment.ProcessorCount} cores", races, false, Median(() => Seconds(() => RaceSimulator.Default.Run(setup, new SimulationOptions(races, Seed: 42))), times));
}

// Same seed on both paths: identical on ILGPU's CPU accelerator; on a GPU, floating point may round differently, so
// the check is statistical: each driver's mean DK points, their gap in standard errors.
var compared = Scaled(100_000);
var gpuResult = await gpu.RunAsync(setup, new SimulationOptions(compared, Seed: 7, KeepPointsMatrix: true), null, CancellationToken.None);
var cpuResult = RaceSimulator.Default.Run(setup, new SimulationOptions(compared, Seed: 7, KeepPointsMatrix: true));
var (onGpu, onCpu) = (gpuResult.DraftKings!, cpuResult.DraftKings!);
var (identical, worstZ) = (0, 0.0);
for (var driver = 0; driver < onCpu.Drivers; driver++)
{
    var (a, b) = (Column(onGpu, driver), Column(onCpu, driver));
    identical += a.SequenceEqual(b) ? 1 : 0;
    var error = Math.Sqrt((Variance(a) + Variance(b)) / compared);
    worstZ = Math.Max(worstZ, error == 0 ? 0 : Math.Abs(a.Average() - b.Average()) / error);
}

Console.WriteLine($"equivalence ({compared:N0} races, seed 7): {identical} of {onCpu.Drivers} drivers' DK points identical race for race; largest gap of a driver's mean: {worstZ:F2} standard errors");
// Where every race is identical, the device's tally must be Core's to the last bit.
var sameSummary = gpuResult.Drivers.SequenceEqual(cpuResult.Drivers) && (gpuResult.MeanLaps, gpuResult.MeanCautions) == (cpuResult.MeanLaps, cpuResult.MeanCautions);
Console.WriteLine($"device tally vs Core's ({compared:N0} races, seed 7): summaries {(sameSummary ? "identical" : "different")}");

// The tournament objective's hot path on this host's CPU: every lineup of a 39-driver DraftKings slate against
// 10,000 simulations (lineup-simulation evaluations per second), for comparison with a GPU lineup kernel.
var slate = new Slate("check", "check", Site.DraftKings, new Race("check", Series.Cup, "check", TrackType.Intermediate, 267, null),
    [.. Enumerable.Range(0, 39).Select(i => new SlateDriver($"Driver {i}", $"{i}", 11_000 - (i * 170)))]);
var field = new RaceSetup(Series.Cup, TrackType.Intermediate, 267, [.. Enumerable.Range(1, 39).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / 38), i))]);
var points = SimulatedPoints.From(RaceSimulator.Default.Run(field, new SimulationOptions(Scaled(10_000), Seed: 3, KeepPointsMatrix: true)).DraftKings!);
var space = new LineupSpace(slate, LineupRules.None);
var all = space.Lineups();
var every = all[..Math.Min(all.Length, Scaled(all.Length))]; // all of them at scale 1
var thresholds = Enumerable.Repeat(25_000, points.Simulations).ToArray();
var tail = Median(() => Seconds(() => SimulationRanking.Top(space, points, new Objective(ObjectiveKind.Tail), thresholds, 150)), 3);
Console.WriteLine($"Core CPU tail ranking: {all.Length:N0} lineups x {points.Simulations:N0} simulations in {tail:F2} s = {all.Length * (double)points.Simulations / tail:N0} lineup-simulations / s");

// The lineup kernel against Core's reference: exact tallies on the first 10,000 lineups of the walk, then its rate on
// more lineups (sum, sum of squares, threshold count and a 40-bin histogram per lineup and simulation).
var bins = new HistogramBins(0, 10, 40);
var evaluator = new GpuLineupEvaluator(device);
var sample = every.Take(Scaled(10_000)).ToList();
var reference = LineupEvaluation.Evaluate(points, sample, thresholds, bins);
var onDevice = await evaluator.EvaluateAsync(points, sample, thresholds, bins, CancellationToken.None);
var same = reference.Sums.SequenceEqual(onDevice.Sums) && reference.SumsOfSquares.SequenceEqual(onDevice.SumsOfSquares)
    && reference.Reaching.SequenceEqual(onDevice.Reaching) && reference.Histograms.SequenceEqual(onDevice.Histograms);
Console.WriteLine($"lineup kernel vs Core ({sample.Count:N0} lineups x {points.Simulations:N0} simulations): tallies {(same ? "identical" : "DIFFERENT")}");
var core = Median(() => Seconds(() => LineupEvaluation.Evaluate(points, sample, thresholds, bins)), 3);
Console.WriteLine($"| Core LineupEvaluation (1 thread) | {sample.Count:N0} | {core:F3} s | {sample.Count * (double)points.Simulations / core:N0} lineup-simulations / s |");
foreach (var count in new[] { Scaled(10_000), Scaled(200_000), every.Length })
{
    var lineups = every.Take(count).ToList();
    var kernel = Median(() => Seconds(() => evaluator.EvaluateAsync(points, lineups, thresholds, bins, CancellationToken.None).GetAwaiter().GetResult()), 3);
    Console.WriteLine($"| lineup kernel on {device.Info.Kind} | {lineups.Count:N0} | {kernel:F3} s | {lineups.Count * (double)points.Simulations / kernel:N0} lineup-simulations / s |");
}

// The scoring kernel (what an offloaded optimize job runs): every lineup of the slate scored under each simulation
// objective, beside Core's exact ranking of the same lineups; scores must equal Core's reference on a sample.
var scorer = new GpuLineupScorer(device);
Console.WriteLine($"| objective | Core ranking of all {all.Length:N0} (all cores) s | kernel scoring of {every.Length:N0} s | kernel lineup-simulations / s | sample identical |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var objective in new[] { new Objective(ObjectiveKind.Tail), new Objective(ObjectiveKind.Percentile, Percentile: 90), new Objective(ObjectiveKind.Cvar, Alpha: 0.01) })
{
    var measure = ObjectiveMeasure.Of(objective, points.Simulations);
    var reach = objective.Kind == ObjectiveKind.Tail ? thresholds : [];
    var check = every.Take(Scaled(2_000)).ToArray();
    var kernelScores = await scorer.ScoreAsync(new LineupScoringRequest(points, measure, reach, check), CancellationToken.None);
    var identicalScores = LineupScores.Score(points, check, measure, reach).SequenceEqual(kernelScores);
    var ranked = Median(() => Seconds(() => SimulationRanking.Top(space, points, objective, reach, 3_000)), 1);
    var scored = Median(() => Seconds(() => scorer.ScoreAsync(new LineupScoringRequest(points, measure, reach, every), CancellationToken.None).GetAwaiter().GetResult()), 3);
    Console.WriteLine($"| {objective.Kind} | {ranked:F2} | {scored:F2} | {every.Length * (double)points.Simulations / scored:N0} | {(identicalScores ? "yes" : "NO")} |");
}

// The payout kernel (an offloaded ROI optimization's first candidate pool) against a 1,000-lineup field standing for a
// 10,000-entry top-heavy tournament: tallies identical to Core's on a sample, then its rate on a large pool.
var standings = new ContestStandings(points, ContestField.Draw(space, points.Totals, FieldModel.Default, ContestSettings.DefaultFieldSize, seed: 1), ContestSettings.DefaultTournament.Payouts);
var contest = standings.Tables();
var paid = every.Take(Scaled(2_000)).ToArray();
ContestTally[] CoreTallies(ulong[] lineups)
{
    var scores = new int[points.Simulations];
    return [.. lineups.Select(lineup =>
    {
        points.LineupPoints(lineup, scores);
        return standings.Tally(scores);
    })];
}

var referenceTallies = CoreTallies(paid);
var corePaid = Seconds(() => CoreTallies(paid));
var devicePaid = await scorer.PayAsync(new LineupPayoutRequest(points, contest, paid), CancellationToken.None);
Console.WriteLine($"payout kernel vs Core ({paid.Length:N0} lineups): tallies {(referenceTallies.SequenceEqual(devicePaid) ? "identical" : "within rounding only")}; Core (1 thread) {paid.Length * (double)points.Simulations / corePaid:N0} lineup-simulations / s");
var pool = every.Take(Scaled(100_000)).ToArray();
var poolPaid = Median(() => Seconds(() => scorer.PayAsync(new LineupPayoutRequest(points, contest, pool), CancellationToken.None).GetAwaiter().GetResult()), 3);
Console.WriteLine($"| payout kernel on {device.Info.Kind} | {pool.Length:N0} | {poolPaid:F3} s | {pool.Length * (double)points.Simulations / poolPaid:N0} lineup-simulations / s |");

static int[] Column(PointsMatrix matrix, int driver) => [.. Enumerable.Range(0, matrix.Simulations).Select(s => matrix.Row(s)[driver])];

static double Variance(int[] values)
{
    var mean = values.Average();
    return values.Sum(v => (v - mean) * (v - mean)) / values.Length;
}
