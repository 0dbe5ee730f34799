using System.Globalization;

namespace RaceOptimizer.Ui.Components.Results;

/// <summary>How result tables write points, shares and money.</summary>
public static class ResultFormat
{
    public static string Points(double? points) => points is null ? "–" : points.Value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Share(double? share) => share is null ? "–" : (share.Value * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    /// <summary>A share as a percent with its standard error: "12.3 % ± 0.4 %".</summary>
    public static string ShareWithError(double share, double standardError, string format = "0.#") =>
        $"{Percent(share, format)} ± {Percent(standardError, format)}";

    private static string Percent(double share, string format) => (share * 100).ToString(format, CultureInfo.InvariantCulture) + " %";

    public static string Money(int salary) => salary.ToString("$#,0", CultureInfo.InvariantCulture);

    public static string Number(double? value, string format = "0.###") => value is null ? "–" : value.Value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>A lineup of the portfolio with its place in it and, after the race, its actual points.</summary>
public sealed record LineupRow(int Number, RaceOptimizer.Contracts.Jobs.OptimizedLineupInfo Lineup, double? Actual);
