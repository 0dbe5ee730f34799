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

    /// <summary>A gain or loss as a signed percent with its standard error: "+409 % ± 85 %"; "–" when not valued.</summary>
    public static string SignedShareWithError(double? share, double? standardError) => share is null
        ? "–"
        : (share.Value * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + " %"
            + (standardError is { } error ? $" ± {(error * 100).ToString("0", CultureInfo.InvariantCulture)} %" : "");

    private static string Percent(double share, string format) => (share * 100).ToString(format, CultureInfo.InvariantCulture) + " %";

    /// <summary>A figure already in percent (ownership): "142.3 %".</summary>
    public static string Percent(double? percent) => percent is null ? "–" : percent.Value.ToString("0.#", CultureInfo.InvariantCulture) + " %";

    /// <summary>Exposure less ownership, in percentage points with their sign: "+12.5", "-3".</summary>
    public static string Leverage(double? points) => points is null ? "–" : points.Value.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture);

    /// <summary>A product of six shares is tiny: written with three significant digits and its power of ten.</summary>
    public static string Product(double? product) => product is null ? "–" : product.Value.ToString("0.00E+0", CultureInfo.InvariantCulture);

    public static string Money(int salary) => salary.ToString("$#,0", CultureInfo.InvariantCulture);

    public static string Number(double? value, string format = "0.###") => value is null ? "–" : value.Value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>A lineup of the portfolio with its place in it and, after the race, its actual points.</summary>
public sealed record LineupRow(int Number, RaceOptimizer.Contracts.Jobs.OptimizedLineupInfo Lineup, double? Actual);

/// <summary>A lineup to lock into the portfolio (<see cref="Locked"/> true) or to unlock.</summary>
public sealed record LineupLock(int Number, bool Locked);
