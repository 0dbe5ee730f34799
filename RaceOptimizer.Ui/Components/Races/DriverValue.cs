using System.Globalization;
using RaceOptimizer.Contracts.Slates;

namespace RaceOptimizer.Ui.Components.Races;

/// <summary>
/// How good a driver's projected points per $1,000 are. A DraftKings lineup spends $50,000 on six drivers and a
/// winning one scores about 300 points: 6 points per $1,000 pays off, under 4 rarely does.
/// </summary>
public static class DriverValue
{
    public const double Good = 6;
    public const double Poor = 4;

    /// <summary>Projected points per $1,000 of salary: how much a lineup gets for the cap it spends on him.</summary>
    public static double? Of(SlateDriverInfo driver) => PerThousand(driver.Projection, driver.Salary);

    /// <summary>Any points figure (a projection, a simulated mean) per $1,000 of <paramref name="salary"/>.</summary>
    public static double? PerThousand(double? points, int salary) =>
        points is { } value && salary > 0 ? value / (salary / 1000.0) : null;

    public static string Tier(double? value) => value switch
    {
        null => "none",
        >= Good => "good",
        < Poor => "poor",
        _ => "fair",
    };

    public static string Format(double? value) =>
        value is null ? "–" : value.Value.ToString("0.00", CultureInfo.InvariantCulture);
}
