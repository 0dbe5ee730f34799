namespace RaceOptimizer.AppHost.Redis;

/// <summary>Where the AppHost gets its Redis from (`Redis:Mode`).</summary>
public enum RedisMode
{
    /// <summary>A container when a runtime answers, else redis-server from PATH, else embedded Garnet.</summary>
    Auto,
    Container,
    Server,
    Embedded,
}

/// <summary>The mode that will run, and why, for the log and the dashboard.</summary>
public sealed record RedisChoice(RedisMode Mode, string Reason)
{
    public string ModeName => Mode.ToString().ToLowerInvariant();
}
