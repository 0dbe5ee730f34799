using RaceOptimizer.Api.GpuWorker;

namespace RaceOptimizer.Api.Settings;

/// <summary>
/// A GPU API key entered in settings, bound to the origin of the URL it was entered with. It lives in this process's
/// memory only, never in SQLite, logs, traces or exports: a restart forgets it and the configured key (the
/// `gpu-api-key` parameter, bound to the configured URL) applies again. Each API replica holds its own.
/// </summary>
public sealed class GpuKeyHolder
{
    private volatile GpuWorkerKey? key;

    public GpuWorkerKey? Key => key;

    public void Set(GpuWorkerKey? value) => key = value;
}
