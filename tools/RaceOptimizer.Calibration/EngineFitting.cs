using System.Globalization;
using System.Text;
using System.Text.Json;
using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Calibration;

/// <summary>
/// fit-engine [--seasons 2022,2023] [--simulations 200] [--backtest-simulations 1000] [--out FILE]: fits the
/// strength scales (<see cref="EngineFitter"/>) by rolling origin, on Cup. For each held-out season it fits on the
/// seasons before it, prints the rank correlation of projected with real points in that season with the hand and the fitted scales, and backtests
/// the season both ways with strength parameters and track factors fitted before it too: the held-out figures, which
/// nothing was tuned on. Then it fits on every season and writes the fit where Core embeds it
/// (RaceOptimizer.Core/Simulation/engine-fit.json) unless --out says otherwise.
/// </summary>
internal static class EngineFitting
{
    public static async Task<int> RunAsync(RaceHistory history, Options options, string dataPath)
    {
        var simulations = int.Parse(options.Get("simulations", "200"), CultureInfo.InvariantCulture);
        var backtestSimulations = int.Parse(options.Get("backtest-simulations", "1000"), CultureInfo.InvariantCulture);
        var seasons = options.Get("seasons", "2022,2023").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var fitter = new EngineFitter(history, Series.Cup, simulations);
        var (hand, fitted) = (new List<BacktestRace>(), new List<BacktestRace>());
        foreach (var season in seasons)
        {
            var (fit, known) = fitter.FitBefore(season, FormattableString.Invariant($"Cup races before {season}"));
            var heldOut = known.Setups(history, Series.Cup, race => race.Date.Year == season);
            Console.WriteLine(Invariant($"{season}: fitted on earlier seasons: {Scales(fit)}"));
            Console.WriteLine(Invariant($"  held-out rank correlation at {simulations} simulations: hand {fitter.MeanRankCorrelation(known.Model, heldOut):0.0000}, fitted {fitter.MeanRankCorrelation(known.Model.With(fit), heldOut):0.0000}"));
            var backtest = new BacktestOptions(Series.Cup, new DateOnly(season, 1, 1), new DateOnly(season, 12, 31), backtestSimulations);
            hand.AddRange(new Backtester(known.Model, known.Strengths).Run(history, backtest).Races);
            fitted.AddRange(new Backtester(known.Model.With(fit), known.Strengths).Run(history, backtest).Races);
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"Held-out Cup {string.Join(", ", seasons)} ({fitted.Count} races, {backtestSimulations} simulations), every fit made before each season:"));
        Console.WriteLine();
        Console.WriteLine(Table([("hand-set scales", hand), ("fitted scales", fitted)]));

        var used = history.Of(Series.Cup).Count(r => r.Date.Year > history.Races[0].Date.Year);
        var (committed, _) = fitter.FitBefore(history.Races[^1].Date.Year + 1, $"{Path.GetFileName(dataPath)}: {used} Cup races after the first season");
        var output = options.Get("out", Path.Combine(CalibrationCommand.RepositoryRoot(), "RaceOptimizer.Core", "Simulation", "engine-fit.json"));
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(committed, Core.Tracks.TrackFits.JsonOptions) + "\n");
        Console.WriteLine();
        Console.WriteLine(Invariant($"all seasons: {Scales(committed)}"));
        Console.WriteLine($"written to {output}");
        return 0;
    }

    /// <summary>The mean scores of each row's races as a markdown table.</summary>
    public static string Table(IEnumerable<(string Name, List<BacktestRace> Races)> rows)
    {
        var table = new StringBuilder("| forecast | spearman | mae | winnerLogLoss | top10Brier | coverage80 |\n|---|---|---|---|---|---|\n");
        foreach (var (name, races) in rows)
        {
            var s = ForecastScores.Mean([.. races.Select(r => r.Model)]);
            table.AppendLine(Invariant($"| {name} | {s.Spearman:0.000} | {s.Mae:0.00} | {s.WinnerLogLoss:0.000} | {s.Top10Brier:0.000} | {s.Coverage80:0.000} |"));
        }

        return table.ToString().TrimEnd();
    }

    private static string Scales(EngineFit fit) => Invariant($"pace x{fit.StrengthPace:0.000} grid x{fit.GridStrength:0.000} ({fit.Races} races)");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
