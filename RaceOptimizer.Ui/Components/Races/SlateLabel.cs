using System.Globalization;
using RaceOptimizer.Contracts.Slates;

namespace RaceOptimizer.Ui.Components.Races;

/// <summary>
/// A slate as a pick list names it: its name, the race's where that differs, and the race date, else the import's date
/// and time, which tell a weekend's imports of one race apart. Short enough for the pickers' one line.
/// </summary>
public static class SlateLabel
{
    public static string Of(SlateSummary slate)
    {
        var name = slate.Name == slate.Race.Name ? slate.Name : $"{slate.Name} ({slate.Race.Name})";
        var day = slate.Race.Date is { } date
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : slate.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"{name} · {day}";
    }
}
