using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Contracts.Status;
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

    public static async Task<SystemInfo> GetSystemAsync(
        ApiEnvironment environment, RaceOptimizerDb db, IConnectionMultiplexer redis, GpuWorkerClient worker, GpuConnections connections, DataFolderMeter meter, CancellationToken cancellationToken)
    {
        var journalMode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(cancellationToken);
        var migrations = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var ping = await redis.GetDatabase().PingAsync();

        return new SystemInfo(
            typeof(SystemApi).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            environment.DataFolder,
            new DatabaseInfo(db.Database.GetDbConnection().DataSource, journalMode.Single(), [.. migrations]),
            new RedisInfo(environment.Redis.Mode, environment.Redis.Reason, ping.TotalMilliseconds),
            await ProbeWorkerAsync(worker, await connections.CurrentAsync(cancellationToken), cancellationToken),
            meter.Measure());
    }

    public static async Task<SelfTestResult> RunSelfTestAsync(
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
        return new SelfTestResult(stored.Id, stored.CreatedAt, stored.SqliteOk, stored.RedisOk, stored.DurationMs, stored.Message);
    }

    public static async Task<List<SelfTestResult>> ListSelfTestsAsync(RaceOptimizerDb db, CancellationToken cancellationToken) =>
        await db.SelfTests.AsNoTracking().OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(100)
            .Select(s => new SelfTestResult(s.Id, s.CreatedAt, s.SqliteOk, s.RedisOk, s.DurationMs, s.Message))
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

    private static async Task<GpuWorkerInfo> ProbeWorkerAsync(GpuWorkerClient worker, GpuConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return new GpuWorkerInfo(true, await worker.GetDeviceAsync(connection.ForProbe(), cancellationToken), null);
        }
        catch (GpuOffloadException exception)
        {
            return new GpuWorkerInfo(false, null, exception.Message);
        }
    }
}
