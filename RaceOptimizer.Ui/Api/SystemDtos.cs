namespace RaceOptimizer.Ui.Api;

/// <summary>What `GET /api/system` reports: where the data lives and which backing services the API chose.</summary>
public sealed record SystemInfo(
    string Version,
    string DataFolder,
    DatabaseInfo Database,
    RedisInfo Redis,
    GpuWorkerInfo GpuWorker);

public sealed record DatabaseInfo(string Path, string JournalMode, IReadOnlyList<string> Migrations);

/// <summary>How Redis is provided (container, server on PATH, embedded...) and why that mode was chosen.</summary>
public sealed record RedisInfo(string Mode, string Reason, double? PingMs = null);

/// <summary>The GPU worker as the API sees it: its device when it answers, otherwise the error.</summary>
public sealed record GpuWorkerInfo(bool Reachable, GpuDeviceInfo? Device = null, string? Error = null);

public sealed record GpuDeviceInfo(string Kind, string Name, long MemoryBytes, int ComputeUnits);

/// <summary>One SQLite and Redis round trip run by `POST /api/system/self-tests`.</summary>
public sealed record SelfTestResult(
    long Id,
    DateTimeOffset CreatedAt,
    bool SqliteOk,
    bool RedisOk,
    double DurationMs,
    string Message)
{
    public bool Succeeded => SqliteOk && RedisOk;
}

/// <summary>The API's `/health` report (the JSON written by ServiceDefaults' HealthReportWriter).</summary>
public sealed record ApiHealthReport(string Status, IReadOnlyDictionary<string, ApiHealthEntry> Checks)
{
    public bool IsHealthy => string.Equals(Status, "Healthy", StringComparison.OrdinalIgnoreCase);
}

public sealed record ApiHealthEntry(string Status, string? Description = null);
