using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RaceOptimizer.Core.History;

namespace RaceOptimizer.Calibration;

/// <summary>
/// Fits the rating parameters by rolling origin, prints how each fold did on the season it never saw, then fits on the
/// whole history and writes the result where Core embeds it (RaceOptimizer.Core/History/strength-parameters.json).
/// </summary>
internal static class StrengthFitting
{
    public static async Task<int> Run(RaceHistory history, Options options, string repositoryRoot)
    {
        var output = options.Get("out", Path.Combine(repositoryRoot, "RaceOptimizer.Core", "History", "strength-parameters.json"));
        var clock = Stopwatch.StartNew();
        var fit = new StrengthFit(history);
        var lastSeason = history.Races[^1].Date.Year;
        Console.WriteLine(Invariant($"Rolling origin: each season fitted on the seasons {fit.FirstSeason + 1} to the one before it ({fit.FirstSeason} warms the ratings up), scored on itself. Mean squared error of the performance score, Cup, O'Reilly and Trucks together."));
        Console.WriteLine();
        Console.WriteLine("| test season | half-life (days) | track-type shrinkage | overall shrinkage | newcomer | train error | test error | hand-set test error |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var fold in fit.RollingOrigin(Enumerable.Range(fit.FirstSeason + 2, lastSeason - fit.FirstSeason - 1)))
        {
            Console.WriteLine(Invariant($"| {fold.Season} | {Cells(fold.Fitted)} | {fold.TrainError:0.0000} | {fold.TestError:0.0000} | {fold.HandSetTestError:0.0000} |"));
        }

        var committed = fit.FitBefore(lastSeason + 1);
        Console.WriteLine(Invariant($"| all ({fit.FirstSeason + 1}-{lastSeason}) | {Cells(committed)} | {fit.Error(committed, race => race.Date.Year > fit.FirstSeason):0.0000} | | {fit.Error(StrengthFit.HandSet, race => race.Date.Year > fit.FirstSeason):0.0000} (hand-set, same races) |"));
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(Rounded(committed), Json) + Environment.NewLine);
        Console.WriteLine();
        Console.WriteLine(Invariant($"written to {output} in {clock.Elapsed.TotalSeconds:0} s"));
        return 0;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    /// <summary>Digits past these move the error by less than its last printed place; fewer digits keep the file readable.</summary>
    private static StrengthParameters Rounded(StrengthParameters p) =>
        new(Math.Round(p.HalfLifeDays), Math.Round(p.TrackTypeShrinkage, 2), Math.Round(p.OverallShrinkage, 2), Math.Round(p.NewcomerStrength, 3));

    private static string Cells(StrengthParameters p)
    {
        var r = Rounded(p);
        return Invariant($"{r.HalfLifeDays:0} | {r.TrackTypeShrinkage:0.00} | {r.OverallShrinkage:0.00} | {r.NewcomerStrength:0.000}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
