using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RaceOptimizer.Gpu.Devices;

/// <summary>Healthy when the accelerator passed its start-up self-check; the report names the device either way.</summary>
internal sealed class DeviceHealthCheck(ComputeDevice device, DeviceSelfCheckResult selfCheck) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var info = device.Info;
        var data = new Dictionary<string, object>
        {
            ["kind"] = info.Kind,
            ["name"] = info.Name,
            ["memoryBytes"] = info.MemoryBytes,
            ["computeUnits"] = info.ComputeUnits,
        };
        var description = $"{info.Kind}: {info.Name}";
        return Task.FromResult(selfCheck.Problem is null
            ? HealthCheckResult.Healthy(description, data)
            : HealthCheckResult.Unhealthy($"{description}: {selfCheck.Problem}", data: data));
    }
}

/// <summary>The outcome of <see cref="DeviceSelfCheck"/> at start-up; null problem means the kernel computed right.</summary>
internal sealed record DeviceSelfCheckResult(string? Problem);
