using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RaceOptimizer.AppHost;
using RaceOptimizer.AppHost.Redis;
using RaceOptimizer.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

using var startupLog = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
var log = startupLog.CreateLogger("RaceOptimizer.AppHost");

var dataFolder = DataFolder.Ensure(builder.Configuration[DataFolder.ConfigurationKey]);
log.LogInformation("Data folder: {DataFolder}", dataFolder);

// Decided before any resource exists: a container resource in the model makes Aspire require a runtime.
var redisChoice = RedisModeSelector.Choose(builder.Configuration["Redis:Mode"]);
RedisResourceExtensions.LogChoice(log, redisChoice);

var redis = builder.AddRaceOptimizerRedis("redis", redisChoice, dataFolder);

var gpuApiKey = builder.AddParameter("gpu-api-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

// The install's one credential (docs/decisions.md, "Sign-in"): generated on first run and kept in user secrets like
// the worker key; scripts and remote installs fix it with Parameters:access-token.
var accessToken = builder.AddParameter("access-token", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

// Replicas of the worker sit behind one service-discovery name; Aspire's proxy spreads the API's calls, so jobs spread.
var gpuReplicas = builder.Configuration.GetValue("Gpu:Replicas", 1);
var gpu = builder.AddProject<Projects.RaceOptimizer_Gpu>("gpu")
    .WithReplicas(gpuReplicas)
    .WithEnvironment("GpuWorker__ApiKey", gpuApiKey)
    .WithEnvironment("GpuWorker__Accelerator", builder.Configuration["Gpu:Accelerator"] ?? "Auto")
    .WithHttpHealthCheck("/health");

// Replicas share the Redis queue and the SQLite file; a job still runs exactly once (docs/architecture.md).
var api = builder.AddProject<Projects.RaceOptimizer_Api>("api")
    .WithReplicas(builder.Configuration.GetValue("Api:Replicas", 1))
    .WithReference(redis).WaitFor(redis)
    .WithReference(gpu)
    .WithEnvironment("GpuWorker__ApiKey", gpuApiKey)
    .WithEnvironment("GpuWorker__Shards__Replicas", gpuReplicas.ToString(System.Globalization.CultureInfo.InvariantCulture)) // large jobs split only across several
    .WithEnvironment("RaceOptimizer__AccessToken", accessToken)
    .WithEnvironment("RaceOptimizer__DataFolder", dataFolder)
    .WithEnvironment("RaceOptimizer__Redis__Mode", redisChoice.ModeName)
    .WithEnvironment("RaceOptimizer__Redis__Reason", redisChoice.Reason)
    .WithHttpHealthCheck("/health");

// The kept simulation matrices' quota is the API's setting (default 2 GiB); `--Simulations:QuotaBytes=` passes one on.
if (builder.Configuration["Simulations:QuotaBytes"] is { Length: > 0 } simulationQuota)
{
    api.WithEnvironment("Simulations__QuotaBytes", simulationQuota);
}

var ui = builder.AddProject<Projects.RaceOptimizer_Ui>("ui")
    .WithReference(api).WaitFor(api)
    .WithEnvironment("RaceOptimizer__AccessToken", accessToken)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints()
    .WithSignInLink(accessToken, log);

// The dashboard listens on the AppHost's own ASPNETCORE_URLS (the launch profile's applicationUrl); the UI links
// each job to its trace there. Without it (published, or a host without the profile) the UI shows the trace id alone.
if (builder.ExecutionContext.IsRunMode
    && builder.Configuration["ASPNETCORE_URLS"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var dashboardUrl, ..])
{
    ui.WithEnvironment("Dashboard__Url", dashboardUrl);
}

builder.Build().Run();
