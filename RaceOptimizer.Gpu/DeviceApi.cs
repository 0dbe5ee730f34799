using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Security;

namespace RaceOptimizer.Gpu;

public static class DeviceApi
{
    public static IEndpointRouteBuilder MapDeviceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(WorkerProtocol.Routes.Device, (ComputeDevice device) => device.Info)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Device");
        return app;
    }
}
