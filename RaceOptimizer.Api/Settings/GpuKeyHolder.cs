namespace RaceOptimizer.Api.Settings;

/// <summary>
/// A GPU API key entered in settings. It lives in this process's memory only, never in SQLite, logs, traces or
/// exports: a restart forgets it and the configured key (the `gpu-api-key` parameter) applies again. Each API replica
/// holds its own.
/// </summary>
public sealed class GpuKeyHolder
{
    private volatile string? key;

    public string? Key => key;

    public void Set(string? value) => key = string.IsNullOrEmpty(value) ? null : value;
}
