using RaceOptimizer.Contracts.Settings;

namespace RaceOptimizer.Api.Settings;

/// <summary>
/// How jobs reach the GPU worker, as the user set it (SQLite). The API key is not here: a key entered in settings lives
/// in memory only (<see cref="GpuKeyHolder"/>).
/// </summary>
/// <param name="Enabled">The default of a job's `gpuOffload` when the request does not say.</param>
/// <param name="Url">A remote worker's address; null for the worker of this application (service discovery).</param>
/// <param name="TimeoutSeconds">How long the worker may stay silent (the probe, or between progress reports) before the job falls back.</param>
/// <param name="ForceOffload">Send offloaded work to the worker even when its speed says the local CPU would finish sooner (testing a worker, or sparing this machine's CPU).</param>
public sealed record GpuSettings(bool Enabled, string? Url, int TimeoutSeconds, bool ForceOffload = false)
{
    public const string Key = "gpu";
    public const int MaxTimeoutSeconds = 3_600;

    public static GpuSettings Default { get; } = new(false, null, 30);
}

/// <summary>The API's check of the contract's <see cref="GpuSettingsUpdate"/>, and the settings it saves.</summary>
public static class GpuSettingsUpdateRules
{
    public static Dictionary<string, string[]> Validate(this GpuSettingsUpdate request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Enabled is null)
        {
            errors["enabled"] = ["is required"];
        }

        if (request.TimeoutSeconds is null or < 1 or > GpuSettings.MaxTimeoutSeconds)
        {
            errors["timeoutSeconds"] = [$"must be a whole number of seconds from 1 to {GpuSettings.MaxTimeoutSeconds:N0}"];
        }

        if (string.IsNullOrWhiteSpace(request.Url))
        {
            return errors;
        }

        if (!Uri.TryCreate(request.Url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors["url"] = ["must be an absolute http or https address, or null for this application's worker"];
        }
        else if (uri.UserInfo.Length > 0)
        {
            // Settings are kept in SQLite and shown to anyone: credentials belong in apiKey, which is neither.
            errors["url"] = ["must not carry a user name or password; enter the worker's key as apiKey"];
        }

        return errors;
    }

    public static GpuSettings ToSettings(this GpuSettingsUpdate request) =>
        new(request.Enabled!.Value, string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim(), request.TimeoutSeconds!.Value, request.ForceOffload ?? false);
}
