using System.Globalization;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Ui.Api;

namespace RaceOptimizer.Ui.Components.Jobs;

/// <summary>How the Jobs page writes durations, rates and statuses.</summary>
public static class JobFormat
{
    public static string Duration(double? milliseconds) => milliseconds switch
    {
        null => "–",
        < 1000 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0.#} ms"),
        < 60_000 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:0.##} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)(milliseconds / 60_000)} min {milliseconds % 60_000 / 1000:0} s"),
    };

    public static string Percent(double? share) =>
        share is null ? "–" : string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.#} %");

    public static string Mode(string? executionMode) => executionMode switch
    {
        null => "–",
        "gpu" => "GPU",
        "local" => "Local CPU",
        "fallback" => "CPU fallback",
        _ => executionMode,
    };

    public static BadgeColor StatusColor(string status) => status switch
    {
        JobStatuses.Queued => BadgeColor.Informative,
        JobStatuses.Running => BadgeColor.Brand,
        JobStatuses.Completed => BadgeColor.Success,
        JobStatuses.Failed => BadgeColor.Danger,
        JobStatuses.Cancelled => BadgeColor.Warning,
        _ => BadgeColor.Subtle,
    };

    public static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
