using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.AppHost.Redis;

/// <summary>Adds the `redis` resource in the chosen mode; every mode hands services the same kind of connection string.</summary>
public static class RedisResourceExtensions
{
    public static IResourceBuilder<IResourceWithConnectionString> AddRaceOptimizerRedis(
        this IDistributedApplicationBuilder builder, string name, RedisChoice choice, string dataFolder)
    {
        IResourceBuilder<IResourceWithConnectionString> redis = choice.Mode switch
        {
            RedisMode.Container => builder.AddRedis(name).WithDataVolume("raceoptimizer-redis-data").WithPersistence(),
            RedisMode.Server => builder.AddRedisServer(name, Path.Combine(dataFolder, DataFolder.RedisServerFolder)),
            _ => builder.AddEmbeddedGarnet(name, Path.Combine(dataFolder, DataFolder.GarnetFolder)),
        };

        // The dashboard's console log of `redis` opens with the mode and the reason it was chosen.
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(redis.Resource, (started, _) =>
        {
            LogChoice(started.Services.GetRequiredService<ResourceLoggerService>().GetLogger(started.Resource), choice);
            return Task.CompletedTask;
        });
        return redis;
    }

    public static void LogChoice(ILogger logger, RedisChoice choice) =>
        logger.LogInformation("Redis mode: {Mode} ({Reason})", choice.ModeName, choice.Reason);

    private static IResourceBuilder<RedisServerResource> AddRedisServer(this IDistributedApplicationBuilder builder, string name, string storageFolder)
    {
        Directory.CreateDirectory(storageFolder);
        var port = FreePort.Find();
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis($"localhost:{port}", name: healthCheckKey);

        // AOF with fsync every second: a crash loses at most a second of queue moves, and SQLite still holds every job.
        return builder.AddResource(new RedisServerResource(name, storageFolder))
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: RedisServerResource.EndpointName, isProxied: false)
            .WithArgs(
                "--bind", "127.0.0.1",
                "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--dir", storageFolder,
                "--appendonly", "yes",
                "--appendfsync", "everysec",
                "--save", "")
            .WithHealthCheck(healthCheckKey);
    }

    private static IResourceBuilder<EmbeddedGarnetResource> AddEmbeddedGarnet(this IDistributedApplicationBuilder builder, string name, string storageFolder)
    {
        var port = FreePort.Find();
        var healthCheckKey = $"{name}_check";
        builder.Services.AddSingleton<EmbeddedGarnetServer>();
        builder.Services.AddHealthChecks().AddRedis($"localhost:{port}", name: healthCheckKey);

        var garnet = builder.AddResource(new EmbeddedGarnetResource(name, port))
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "Garnet (embedded)",
                State = KnownResourceStates.NotStarted,
                Properties = [new("garnet.port", port), new("garnet.storage", storageFolder)],
            })
            .WithHealthCheck(healthCheckKey);

        builder.Eventing.Subscribe<InitializeResourceEvent>(garnet.Resource, async (initialize, cancellationToken) =>
        {
            var services = initialize.Services;
            await initialize.Eventing.PublishAsync(new BeforeResourceStartedEvent(initialize.Resource, services), cancellationToken);
            await initialize.Notifications.PublishUpdateAsync(initialize.Resource, state => state with { State = KnownResourceStates.Starting });
            try
            {
                services.GetRequiredService<EmbeddedGarnetServer>().Start(port, storageFolder, services.GetRequiredService<ILoggerFactory>());
            }
            catch (Exception exception)
            {
                // Without this the resources waiting on redis would wait forever on a server that never came up.
                initialize.Logger.LogError(exception, "Embedded Garnet failed to start");
                await initialize.Notifications.PublishUpdateAsync(initialize.Resource, state => state with { State = KnownResourceStates.FailedToStart });
                return;
            }

            initialize.Logger.LogInformation("Embedded Garnet listens on 127.0.0.1:{Port}, storage in {Storage}", port, storageFolder);
            await initialize.Notifications.PublishUpdateAsync(initialize.Resource, state => state with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            });
        });
        return garnet;
    }
}
