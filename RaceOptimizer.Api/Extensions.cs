using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var dataFolder = DataFolder.Ensure(builder.Configuration[DataFolder.ConfigurationKey]);
        builder.Services.AddSingleton(new ApiEnvironment(dataFolder, RedisChoice.From(builder.Configuration)));

        builder.Services.AddDbContext<RaceOptimizerDb>(options => options
            .UseSqlite(DatabaseSetup.ConnectionString(dataFolder))
            .AddInterceptors(new SqliteConnectionSettings()));
        builder.Services.AddHealthChecks().AddDbContextCheck<RaceOptimizerDb>("sqlite");
        builder.Services.AddSingleton<DataFolderMeter>();

        // Registers IConnectionMultiplexer with its own `redis` health check and tracing.
        builder.AddRedisClient("redis");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddGpuWorkerClient();
        builder.AddJobs();
    }
}
