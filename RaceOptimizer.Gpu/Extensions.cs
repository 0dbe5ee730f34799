using Microsoft.Extensions.Options;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Security;

namespace RaceOptimizer.Gpu;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<WorkerOptions>(builder.Configuration.GetSection(WorkerOptions.Section));
        builder.Services.AddSingleton(services =>
            new ComputeDevice(services.GetRequiredService<IOptions<WorkerOptions>>().Value.Accelerator));
        builder.Services.AddSingleton(services =>
            new DeviceSelfCheckResult(DeviceSelfCheck.Run(services.GetRequiredService<ComputeDevice>().Accelerator)));
        builder.Services.AddSingleton<Simulation.GpuRaceSimulator>();
        // What `/device` answers: the device and its speed, timed once, so the API can tell a GPU from a slower simulator.
        builder.Services.AddSingleton(services => services.GetRequiredService<ComputeDevice>().Info with
        {
            RacesPerSecond = services.GetRequiredService<Simulation.GpuRaceSimulator>().TimeReferenceRace(),
        });
        builder.Services.AddSingleton<Evaluation.GpuLineupEvaluator>();
        builder.Services.AddSingleton<Evaluation.GpuLineupScorer>();
        builder.Services.AddSingleton<ApiKeyFilter>();
        builder.Services.AddHealthChecks().AddCheck<DeviceHealthCheck>("device");
    }
}
