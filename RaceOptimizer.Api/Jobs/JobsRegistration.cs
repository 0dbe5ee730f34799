namespace RaceOptimizer.Api.Jobs;

internal static class JobsRegistration
{
    public static void AddJobs(this IHostApplicationBuilder builder)
    {
        // Recovery tells a live run from a dead one by heartbeats younger than a lease: a lease must span several beats.
        builder.Services.AddOptions<JobOptions>()
            .Bind(builder.Configuration.GetSection(JobOptions.Section))
            .Validate(jobs => jobs.LeaseDuration >= 2 * jobs.HeartbeatInterval, "Jobs:LeaseDuration must be at least two Jobs:HeartbeatInterval")
            .Validate(jobs => jobs.RedisBestEffortTimeout > TimeSpan.Zero, "Jobs:RedisBestEffortTimeout must be positive")
            .ValidateOnStart();
        builder.Services.AddOptions<Handlers.SimulationStorageOptions>()
            .Bind(builder.Configuration.GetSection(Handlers.SimulationStorageOptions.Section))
            .Validate(storage => storage.QuotaBytes > 0, "Simulations:QuotaBytes must be positive")
            .ValidateOnStart();
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddSingleton<JobMetrics>();
        builder.Services.AddSingleton<JobComputeScheduler>();
        builder.Services.AddSingleton<JobEvents>();
        builder.Services.AddHostedService(services => services.GetRequiredService<JobEvents>());
        builder.Services.AddScoped<JobStore>();
        builder.Services.AddScoped<JobSubmission>();
        builder.Services.AddSingleton<JobInbox>();
        builder.Services.AddHostedService(services => services.GetRequiredService<JobInbox>());
        builder.Services.AddSingleton<SubmitWarmUp>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SubmitWarmUp>());
        builder.Services.AddHealthChecks().AddCheck<SubmitWarmUp>("submit-warm-up");
        builder.Services.AddHostedService<JobRunner>();
        builder.Services.AddHostedService<JobRecovery>();
        builder.Services.AddKeyedScoped<IJobHandler, Handlers.SimulateJobHandler>(JobType.Simulate);
        builder.Services.AddKeyedScoped<IJobHandler, Handlers.BacktestJobHandler>(JobType.Backtest);
        builder.Services.AddKeyedScoped<IJobHandler, Handlers.OptimizeJobHandler>(JobType.Optimize);
        builder.Services.AddScoped<Handlers.JobSlates>();
        builder.Services.AddScoped<Handlers.SlateSimulation>();
        builder.Services.AddSingleton<History.HistoryStore>();
        builder.Services.AddSingleton<Handlers.SimulationFiles>();
        builder.Services.AddSingleton<Handlers.SimulationQuota>();
    }
}
