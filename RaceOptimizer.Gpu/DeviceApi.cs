using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Security;

namespace RaceOptimizer.Gpu;

public static class DeviceApi
{
    public static IEndpointRouteBuilder MapDeviceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(WorkerProtocol.Routes.Device, (WorkerDevice device) => device)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Device");
        return app;
    }
}
