using OpenTelemetry.Resources;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Gpu;

/// <summary>
/// Which worker process this is. Replicas answer behind one address, so every reply carries <see cref="Header"/> and
/// every compute span the attribute `raceoptimizer.worker.instance`: the API records it per job and a user sees how jobs
/// spread. The id is the OpenTelemetry `service.instance.id` Aspire gives each replica, so the job, the worker's
/// spans and the dashboard's telemetry of that replica agree; a worker started elsewhere without one is
/// named by host and process id. Either way it is fixed for the process lifetime.
/// </summary>
public static class WorkerInstance
{
    public const string Header = WorkerProtocol.InstanceHeader;

    public static string Id { get; } = FromResource() ?? $"{Environment.MachineName}:{Environment.ProcessId}";

    // The SDK's default resource reads OTEL_RESOURCE_ATTRIBUTES, where Aspire puts the replica's id.
    private static string? FromResource() =>
        ResourceBuilder.CreateDefault().Build().Attributes
            .FirstOrDefault(attribute => attribute.Key == "service.instance.id").Value as string;

    /// <summary>Names this instance and its device in the headers of every response, whatever the endpoint answers.</summary>
    public static IApplicationBuilder UseWorkerInstanceHeader(this IApplicationBuilder app, string device) =>
        app.Use((context, next) =>
        {
            context.Response.Headers[Header] = Id;
            context.Response.Headers[WorkerProtocol.DeviceHeader] = device;
            return next(context);
        });
}
