using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// The UI is only ready when the API it depends on answers healthy. Registered without the "live" tag:
/// a down API makes the UI not ready (`/health`), never "dead" (`/alive`), so nothing restarts the UI for it.
/// </summary>
public sealed class ApiHealthCheck(SystemClient api) : IHealthCheck
{
    public const string Name = "api";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ApiHealthReport report;
        try
        {
            report = await api.GetHealthAsync(cancellationToken);
        }
        catch (RaceOptimizerApiException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, exception.Message, exception);
        }

        var data = new Dictionary<string, object> { ["apiStatus"] = report.Status };
        if (report.IsHealthy)
        {
            return HealthCheckResult.Healthy("The API answered healthy.", data);
        }

        var failing = report.Checks
            .Where(check => !string.Equals(check.Value.Status, "Healthy", StringComparison.OrdinalIgnoreCase))
            .Select(check => check.Value.Description is { Length: > 0 } description
                ? $"{check.Key} is {check.Value.Status}: {description.TrimEnd('.')}"
                : $"{check.Key} is {check.Value.Status}")
            .ToList();
        var reason = failing.Count == 0
            ? $"The API answered {report.Status}."
            : $"The API answered {report.Status}: {string.Join("; ", failing)}.";
        return new HealthCheckResult(context.Registration.FailureStatus, reason, data: data);
    }
}
