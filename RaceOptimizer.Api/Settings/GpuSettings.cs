namespace RaceOptimizer.Api.Settings;

/// <summary>
/// How jobs reach the GPU worker, as the user set it (SQLite). The API key is not here: a key entered in settings lives
/// in memory only (<see cref="GpuKeyHolder"/>).
/// </summary>
/// <param name="Enabled">The default of a job's `gpuOffload` when the request does not say.</param>
/// <param name="Url">A remote worker's address; null for the worker of this application (service discovery).</param>
/// <param name="TimeoutSeconds">How long the worker may stay silent (the probe, or between progress reports) before the job falls back.</param>
public sealed record GpuSettings(bool Enabled, string? Url, int TimeoutSeconds)
{
    public const string Key = "gpu";
    public const int MaxTimeoutSeconds = 3_600;

    public static GpuSettings Default { get; } = new(false, null, 30);
}

/// <summary>
/// The body of `PUT /api/settings/gpu`. `apiKey` is bound to the URL's origin: null keeps the key entered before, which
/// goes to the same origin only (a URL moved to another origin needs its key in the same request); "" forgets it.
/// </summary>
public sealed record GpuSettingsRequest(bool? Enabled, string? Url, int? TimeoutSeconds, string? ApiKey)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Enabled is null)
        {
            errors["enabled"] = ["is required"];
        }

        if (TimeoutSeconds is null or < 1 or > GpuSettings.MaxTimeoutSeconds)
        {
            errors["timeoutSeconds"] = [$"must be a whole number of seconds from 1 to {GpuSettings.MaxTimeoutSeconds:N0}"];
        }

        if (string.IsNullOrWhiteSpace(Url))
        {
            return errors;
        }

        if (!Uri.TryCreate(Url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
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

    public GpuSettings ToSettings() => new(Enabled!.Value, string.IsNullOrWhiteSpace(Url) ? null : Url.Trim(), TimeoutSeconds!.Value);
}

/// <summary>What `GET /api/settings/gpu` answers: never the key, only whether one is set.</summary>
public sealed record GpuSettingsView(bool Enabled, string? Url, int TimeoutSeconds, bool ApiKeySet);
