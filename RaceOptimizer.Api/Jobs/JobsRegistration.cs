namespace RaceOptimizer.Api.Jobs;

internal static class JobsRegistration
{
    public static void AddJobs(this IHostApplicationBuilder builder)
    {
        // A job keeps a pool thread per core busy for its whole run; without spare threads ready, requests, Redis
        // replies and lease renewals would wait for the pool to grow (about one thread a second) and leases expire.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), completionPorts);

        builder.Services.Configure<JobOptions>(builder.Configuration.GetSection(JobOptions.Section));
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddSingleton<JobMetrics>();
        builder.Services.AddSingleton<JobEvents>();
        builder.Services.AddHostedService(services => services.GetRequiredService<JobEvents>());
        builder.Services.AddScoped<JobStore>();
        builder.Services.AddScoped<JobSubmission>();
        builder.Services.AddHostedService<JobRunner>();
        builder.Services.AddHostedService<JobRecovery>();
        builder.Services.AddSingleton<IJobHandler, Handlers.SimulateJobHandler>();
        builder.Services.AddSingleton<IJobHandler, Handlers.BacktestJobHandler>();
        builder.Services.AddSingleton<IJobHandler, Handlers.OptimizeJobHandler>();
        builder.Services.AddSingleton<History.HistoryStore>();
        builder.Services.AddSingleton<Handlers.SimulationFiles>();
    }
}
