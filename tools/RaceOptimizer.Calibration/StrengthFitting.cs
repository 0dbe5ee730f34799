using System.Globalization;
using System.Text;
using System.Text.Json;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Calibration;

/// <summary>
/// Fits the rating parameters by rolling origin, reports how each fold did on the season it never saw, then fits on the
/// whole history; fit-strengths writes that fit where Core embeds it (RaceOptimizer.Core/History/strength-parameters.json).
/// </summary>
internal static class StrengthFitting
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public static async Task<int> Run(RaceHistory history, Options options, string repositoryRoot)
    {
        var output = options.Get("out", Path.Combine(repositoryRoot, "RaceOptimizer.Core", "History", "strength-parameters.json"));
        var (section, committed) = Section(history);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(Rounded(committed), Json) + Environment.NewLine);
        Console.WriteLine(section);
        Console.WriteLine($"written to {output}");
        return 0;
    }

    /// <summary>The docs/calibration.md section on the fit, and the parameters fitted on the whole history.</summary>
    public static (string Section, StrengthParameters Committed) Section(RaceHistory history)
    {
        var fit = new StrengthFit(history);
        var (first, last) = (fit.FirstSeason, history.Races[^1].Date.Year);
        bool Scored(HistoryRace race) => race.Date.Year > first;
        var text = new StringBuilder();
        text.AppendLine("## Rating parameters");
        text.AppendLine();
        text.AppendLine(Invariant($"Fitted by `dotnet run -c Release --project tools/RaceOptimizer.Calibration -- fit-strengths`, which writes RaceOptimizer.Core/History/strength-parameters.json (`StrengthParameters.Default`). The objective needs no simulation: each driver's rating before a race predicts his performance score in it (the z-score of his average running position), and the fit (Nelder-Mead) minimizes the mean squared error over every driver-race of Cup, O'Reilly and Trucks together. {first} only warms the ratings up. Rolling origin: each test season is fitted on the seasons from {first + 1} to the one before it and scored on itself; the committed parameters come from the same procedure on {first + 1}-{last}."));
        text.AppendLine();
        text.AppendLine("| test season | half-life (days) | track-type shrinkage | overall shrinkage | newcomer | train error | test error | hand-set test error |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var fold in fit.RollingOrigin(Enumerable.Range(first + 2, last - first - 1)))
        {
            text.AppendLine(Invariant($"| {fold.Season} | {Cells(fold.Fitted)} | {fold.TrainError:0.0000} | {fold.TestError:0.0000} | {fold.HandSetTestError:0.0000} |"));
        }

        var committed = fit.FitBefore(last + 1);
        text.AppendLine(Invariant($"| committed ({first + 1}-{last}) | {Cells(committed)} | {fit.Error(committed, Scored):0.0000} | | {fit.Error(StrengthFit.HandSet, Scored):0.0000} (on {first + 1}-{last}) |"));
        text.AppendLine(Invariant($"| hand-set | {Cells(StrengthFit.HandSet)} | | | |"));
        text.AppendLine();
        text.AppendLine(Invariant($"Spread of the committed ratings over a field (standard deviation within each {last} race, averaged; `DriverStrengths.RankScale` turns ranks into strengths of about this spread): {Spread(fit, committed, last)}."));
        return (text.ToString(), committed);
    }

    private static string Spread(StrengthFit fit, StrengthParameters parameters, int season) => string.Join(", ", fit
        .Predictions(parameters, race => race.Date.Year == season)
        .GroupBy(p => p.Race)
        .Select(race => (race.Key.Series, Sd: StandardDeviation([.. race.Select(p => p.Rating)])))
        .GroupBy(r => r.Series)
        .OrderBy(g => g.Key)
        .Select(g => Invariant($"{SeriesNames.Display(g.Key)} {g.Average(r => r.Sd):0.00}")));

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }

    /// <summary>Digits past these move the error by less than its last printed place; fewer keep the file readable.</summary>
    private static StrengthParameters Rounded(StrengthParameters p) =>
        new(Math.Round(p.HalfLifeDays), Math.Round(p.TrackTypeShrinkage, 2), Math.Round(p.OverallShrinkage, 2), Math.Round(p.NewcomerStrength, 3));

    private static string Cells(StrengthParameters p)
    {
        var r = Rounded(p);
        return Invariant($"{r.HalfLifeDays:0} | {r.TrackTypeShrinkage:0.00} | {r.OverallShrinkage:0.00} | {r.NewcomerStrength:0.000}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
