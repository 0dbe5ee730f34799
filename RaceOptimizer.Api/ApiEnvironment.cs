namespace RaceOptimizer.Api;

/// <summary>Facts about this API process that the system page shows: where its data lives and which Redis it talks to.</summary>
public sealed record ApiEnvironment(string DataFolder, RedisChoice Redis);

/// <summary>The Redis mode the AppHost chose and why; `unknown` when the API runs outside the AppHost.</summary>
public sealed record RedisChoice(string Mode, string Reason)
{
    public static RedisChoice From(IConfiguration configuration) => new(
        configuration["RaceOptimizer:Redis:Mode"] ?? "unknown",
        configuration["RaceOptimizer:Redis:Reason"] ?? "not started by the AppHost");
}
