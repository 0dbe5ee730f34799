namespace RaceOptimizer.Api.Data;

/// <summary>One run of the system self-test: did a write-then-read round trip succeed in SQLite and in Redis.</summary>
public sealed class SelfTestRecord
{
    public long Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool SqliteOk { get; set; }

    public bool RedisOk { get; set; }

    public double DurationMs { get; set; }

    public required string Message { get; set; }
}
