using System.Globalization;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Contracts.Jobs;

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

    public static string Mode(ExecutionMode? executionMode) => executionMode switch
    {
        null => "–",
        ExecutionMode.Gpu => "GPU",
        ExecutionMode.Local => "Local CPU",
        ExecutionMode.Fallback => "CPU fallback",
        _ => executionMode.Value.Name(),
    };

    /// <summary>Where the job ran, and when it asked for the GPU worker but ran here (a fallback, or a worker slower than this CPU) why, in words.</summary>
    public static string Execution(ExecutionMode? executionMode, string? fallbackReason) =>
        executionMode is ExecutionMode.Fallback or ExecutionMode.Local && fallbackReason is not null ? $"{Mode(executionMode)}: {Fallback(fallbackReason)}" : Mode(executionMode);

    private static string Fallback(string reason) => reason switch
    {
        FallbackReasons.Unreachable => "the GPU worker could not be reached",
        FallbackReasons.Timeout => "the GPU worker did not answer in time",
        FallbackReasons.Unauthorized => "the GPU worker refused the key",
        FallbackReasons.ServerError => "the GPU worker failed",
        FallbackReasons.Rejected => "the GPU worker refused the job",
        FallbackReasons.MalformedReply => "the GPU worker's answer could not be read",
        FallbackReasons.WorkerDied => "the GPU worker stopped during the job",
        FallbackReasons.WorkerSlower => "worker slower than local",
        _ => reason,
    };

    public static BadgeColor StatusColor(JobStatus status) => status switch
    {
        JobStatus.Queued => BadgeColor.Informative,
        JobStatus.Running => BadgeColor.Brand,
        JobStatus.Completed => BadgeColor.Success,
        JobStatus.Failed => BadgeColor.Danger,
        JobStatus.Cancelled => BadgeColor.Warning,
        _ => BadgeColor.Subtle,
    };

    public static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    public static string Capitalize(JobType type) => Capitalize(type.Name());

    public static string Capitalize(JobStatus status) => Capitalize(status.Name());
}
