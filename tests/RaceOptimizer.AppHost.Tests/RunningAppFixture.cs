namespace RaceOptimizer.AppHost.Tests;

/// <summary>Starts the application once per test class (starting it costs tens of seconds) in one Redis mode.</summary>
public abstract class RunningAppFixture(string redisMode, int apiReplicas = 1, int gpuReplicas = 1) : IAsyncLifetime
{
    private readonly TemporaryFolder dataFolder = new();
    private RaceOptimizerApp? app;

    public string RedisMode { get; } = redisMode;

    public RaceOptimizerApp App => app ?? throw new InvalidOperationException("The application has not started.");

    public virtual async ValueTask InitializeAsync() => app = await RaceOptimizerApp.StartAsync(RedisMode, dataFolder.Path, apiReplicas, gpuReplicas);

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        dataFolder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>redis-server, with two API replicas sharing its queue and the SQLite file, and two GPU workers behind one name.</summary>
public sealed class ServerModeFixture() : RunningAppFixture("server", apiReplicas: 2, gpuReplicas: 2)
{
    public override ValueTask InitializeAsync()
    {
        Testing.RequiredTool.Find("redis-server", "apt-get install redis-server");
        return base.InitializeAsync();
    }
}

public sealed class EmbeddedModeFixture() : RunningAppFixture("embedded");
