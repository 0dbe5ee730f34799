using System.Globalization;
using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Calibration;

/// <summary>Prints a walk-forward backtest: the mean scores of the model and the baselines, then each race's.</summary>
internal static class Backtesting
{
    public static int Run(RaceHistory history, Options options)
    {
        if (!SeriesNames.TryParse(options.Get("series", "Cup"), out var series))
        {
            Console.Error.WriteLine("--series is Cup, O'Reilly or Trucks");
            return 2;
        }

        var backtest = new BacktestOptions(
            series,
            DateOnly.Parse(options.Get("from", "2022-01-01"), CultureInfo.InvariantCulture),
            DateOnly.Parse(options.Get("to", "2023-12-31"), CultureInfo.InvariantCulture),
            int.Parse(options.Get("simulations", "1000"), CultureInfo.InvariantCulture))
        {
            Undated = options.Get("undated", "no") == "yes",
        };
        var report = Backtester(options.Get("parameters", "fitted")).Run(history, backtest);
        Console.WriteLine(Summary(backtest, report));
        if (options.Get("races", "no") == "yes")
        {
            Console.WriteLine();
            foreach (var race in report.Races)
            {
                Console.WriteLine(Row($"{race.Race} ({race.TrackType}) model", race.Model));
                Console.WriteLine(Row("  recentForm", race.Baselines.RecentForm));
                Console.WriteLine(Row("  startPosition", race.Baselines.StartPosition));
            }
        }

        return 0;
    }

    /// <summary>The committed fitted ratings (the default), or with --parameters hand-set the values set by hand before the fit.</summary>
    public static Backtester Backtester(string parameters) =>
        parameters == "hand-set" ? new Backtester(RaceModel.Default, new StrengthModel(StrengthFit.HandSet)) : Core.Backtest.Backtester.Default;

    /// <summary>The mean scores as a markdown table, under a line saying what was tested; the hand-set model's row when given.</summary>
    public static string Summary(BacktestOptions backtest, BacktestReport report, BacktestReport? handSet = null) => string.Join(
        Environment.NewLine,
        new[]
        {
            Invariant($"Backtest {SeriesNames.Display(backtest.Series)} {backtest.From:yyyy-MM-dd} to {backtest.To:yyyy-MM-dd}, {report.Races.Count} races, {backtest.Simulations} simulations each:"),
            "",
            "| forecast | spearman | mae | winnerLogLoss | top10Brier | coverage80 |",
            "|---|---|---|---|---|---|",
            Row("model", report.Model),
        }
        .Concat(handSet is null ? [] : [Row("model, hand-set parameters", handSet.Model)])
        .Concat([Row("baselines.recentForm", report.Baselines.RecentForm), Row("baselines.startPosition", report.Baselines.StartPosition)]));

    /// <summary>Issue #15's targets for the Cup 2022-2023 backtest, and which the model meets.</summary>
    public static string Targets(ForecastScores model)
    {
        (string Name, bool Met, string Text)[] targets =
        [
            ("spearman", model.Spearman >= 0.36, Invariant($"{model.Spearman:0.000} against >= 0.36")),
            ("mae", model.Mae <= 17.3, Invariant($"{model.Mae:0.00} against <= 17.3")),
            ("coverage80", model.Coverage80 is >= 0.78 and <= 0.82, Invariant($"{model.Coverage80:0.000} against 0.78-0.82")),
            ("winnerLogLoss", model.WinnerLogLoss <= 2.90, Invariant($"{model.WinnerLogLoss:0.000} against <= 2.90")),
        ];
        string List(bool met) => string.Join("; ", targets.Where(t => t.Met == met).Select(t => $"{t.Name} {t.Text}")) is { Length: > 0 } list ? list : "none";
        return $"Issue #15 targets met: {List(true)}. Missed: {List(false)}.";
    }

    private static string Row(string name, ForecastScores s) =>
        Invariant($"| {name} | {s.Spearman:0.000} | {s.Mae:0.00} | {s.WinnerLogLoss:0.000} | {s.Top10Brier:0.000} | {s.Coverage80:0.000} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
