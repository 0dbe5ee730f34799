using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.GpuWorker;
using StackExchange.Redis;

namespace RaceOptimizer.Api.Apis;

/// <summary>What the stack is made of right now, and a self-test that proves SQLite and Redis both take writes.</summary>
public static class SystemApi
{
    public static IEndpointRouteBuilder MapSystemApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/system").WithTags("System");
        api.MapGet("/", GetSystemAsync);
        api.MapPost("/self-tests", RunSelfTestAsync);
        api.MapGet("/self-tests", ListSelfTestsAsync);
        return app;
    }

    public static async Task<SystemStatus> GetSystemAsync(
        ApiEnvironment environment, RaceOptimizerDb db, IConnectionMultiplexer redis, GpuWorkerClient worker, GpuConnections connections, CancellationToken cancellationToken)
    {
        var journalMode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(cancellationToken);
        var migrations = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var ping = await redis.GetDatabase().PingAsync();

        return new SystemStatus(
            typeof(SystemApi).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            environment.DataFolder,
            new DatabaseStatus(db.Database.GetDbConnection().DataSource, journalMode.Single(), [.. migrations]),
            new RedisStatus(environment.Redis.Mode, environment.Redis.Reason, ping.TotalMilliseconds),
            await ProbeWorkerAsync(worker, await connections.CurrentAsync(cancellationToken), cancellationToken));
    }

    public static async Task<SelfTestView> RunSelfTestAsync(
        RaceOptimizerDb db, IConnectionMultiplexer redis, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var redisProblem = await RoundTripRedisAsync(redis);
        var record = new SelfTestRecord
        {
            CreatedAt = time.GetUtcNow(),
            RedisOk = redisProblem is null,
            SqliteOk = true,
            Message = redisProblem ?? "SQLite and Redis round trips succeeded",
        };
        db.SelfTests.Add(record);
        await db.SaveChangesAsync(cancellationToken);

        // Read back through a fresh query, not the tracked entity, so the row really came from the file.
        db.ChangeTracker.Clear();
        var stored = await db.SelfTests.AsNoTracking().SingleAsync(s => s.Id == record.Id, cancellationToken);
        stored.DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await db.SelfTests.Where(s => s.Id == stored.Id)
            .ExecuteUpdateAsync(update => update.SetProperty(s => s.DurationMs, stored.DurationMs), cancellationToken);
        return SelfTestView.Of(stored);
    }

    public static async Task<List<SelfTestView>> ListSelfTestsAsync(RaceOptimizerDb db, CancellationToken cancellationToken) =>
        await db.SelfTests.AsNoTracking().OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(100)
            .Select(s => new SelfTestView(s.Id, s.CreatedAt, s.SqliteOk, s.RedisOk, s.DurationMs, s.Message))
            .ToListAsync(cancellationToken);

    private static async Task<string?> RoundTripRedisAsync(IConnectionMultiplexer redis)
    {
        var key = $"raceoptimizer:self-test:{Guid.NewGuid():N}";
        var token = Guid.NewGuid().ToString("N");
        try
        {
            var database = redis.GetDatabase();
            await database.StringSetAsync(key, token, TimeSpan.FromMinutes(1));
            var readBack = await database.StringGetAsync(key);
            await database.KeyDeleteAsync(key);
            return readBack == token ? null : $"Redis returned '{readBack}' for a value just written";
        }
        catch (RedisException exception)
        {
            return $"Redis round trip failed: {exception.Message}";
        }
    }

    private static async Task<WorkerStatus> ProbeWorkerAsync(GpuWorkerClient worker, GpuConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return new WorkerStatus(true, await worker.GetDeviceAsync(connection.ForProbe(), cancellationToken), null);
        }
        catch (GpuOffloadException exception)
        {
            return new WorkerStatus(false, null, exception.Message);
        }
    }
}

public sealed record SystemStatus(string Version, string DataFolder, DatabaseStatus Database, RedisStatus Redis, WorkerStatus GpuWorker);

public sealed record DatabaseStatus(string Path, string JournalMode, IReadOnlyList<string> Migrations);

public sealed record RedisStatus(string Mode, string Reason, double PingMs);

public sealed record WorkerStatus(bool Reachable, GpuDevice? Device, string? Error);

/// <summary>One self-test as the API answers it (the row's own fields, not the EF entity).</summary>
public sealed record SelfTestView(long Id, DateTimeOffset CreatedAt, bool SqliteOk, bool RedisOk, double DurationMs, string Message)
{
    public static SelfTestView Of(SelfTestRecord record) =>
        new(record.Id, record.CreatedAt, record.SqliteOk, record.RedisOk, record.DurationMs, record.Message);
}
