namespace RaceOptimizer.Api.Jobs;

internal static class JobsRegistration
{
    public static void AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<JobOptions>(builder.Configuration.GetSection(JobOptions.Section));
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddSingleton<JobMetrics>();
        builder.Services.AddSingleton<JobEvents>();
        builder.Services.AddHostedService(services => services.GetRequiredService<JobEvents>());
        builder.Services.AddScoped<JobStore>();
        builder.Services.AddScoped<JobSubmission>();
        builder.Services.AddHostedService<JobRunner>();
        builder.Services.AddHostedService<JobRecovery>();
    }
}
