using System.Text.Json.Serialization;

namespace RaceOptimizer.Contracts.Status;

/// <summary>`GET /api/system`: where the data lives, how much of it there is, and which backing services the API chose.</summary>
public sealed record SystemInfo(string Version, string DataFolder, DatabaseInfo Database, RedisInfo Redis, GpuWorkerInfo GpuWorker, DataFolderUsage Storage);

/// <summary>
/// The data folder's bytes by kind: the SQLite database (with its WAL), the simulate jobs' kept points matrices (and the
/// quota they are kept under, the oldest evicted beyond it), the database copies a restore makes, Redis's own files
/// when the AppHost runs Redis from the folder, and anything else.
/// </summary>
public sealed record DataFolderUsage(
    long TotalBytes,
    long DatabaseBytes,
    long SimulationsBytes,
    long SimulationQuotaBytes,
    int SimulationJobsKept,
    long BackupsBytes,
    long RedisBytes,
    long OtherBytes);

public sealed record DatabaseInfo(string Path, string JournalMode, IReadOnlyList<string> Migrations);

/// <summary>How Redis is provided (container, server on PATH, embedded...), why that mode was chosen, and the ping (null: none measured).</summary>
public sealed record RedisInfo(string Mode, string Reason, double? PingMs);

/// <summary>The GPU worker as the API sees it: its device when it answers, otherwise the error.</summary>
public sealed record GpuWorkerInfo(bool Reachable, GpuDevice? Device, string? Error);

/// <summary>
/// The accelerator a GPU worker computes on, as its `/device` endpoint reports it, and the worker instance that answered
/// (its `X-Worker-Instance` header; null from a worker that does not send one).
/// </summary>
/// <param name="Kind">`Cuda`, `OpenCL`, or `CPU`: ILGPU's CPU accelerator, a simulator of a GPU and slower than the API's own CPU path.</param>
/// <param name="RacesPerSecond">The worker's speed, timed at its start-up on a reference race; null from a worker that does not time itself.</param>
public sealed record GpuDevice(string Kind, string Name, long MemoryBytes, int ComputeUnits, string? Instance = null, double? RacesPerSecond = null);

/// <summary>`POST /api/settings/gpu/test`: `ok`, with the latency and device, or the error (always 200).</summary>
public sealed record GpuConnectionTest(
    bool Ok,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? LatencyMs = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GpuDevice? Device = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null);

/// <summary>One SQLite and Redis round trip run by `POST /api/system/self-tests` (the row's own fields).</summary>
public sealed record SelfTestResult(long Id, DateTimeOffset CreatedAt, bool SqliteOk, bool RedisOk, double DurationMs, string Message);
