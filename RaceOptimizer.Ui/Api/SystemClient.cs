using System.Diagnostics;
using System.Text.Json;
using RaceOptimizer.Contracts.Status;

namespace RaceOptimizer.Ui.Api;

/// <summary>`/api/system`, its self-tests, and the API's `/health`.</summary>
public sealed class SystemClient(HttpClient http) : ApiClient(http)
{
    public Task<SystemInfo> GetSystemAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SystemInfo>(new HttpRequestMessage(HttpMethod.Get, "api/system"), "load system status", cancellationToken);

    public Task<SelfTestResult> RunSelfTestAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SelfTestResult>(new HttpRequestMessage(HttpMethod.Post, "api/system/self-tests"), "run self-test", cancellationToken);

    public async Task<IReadOnlyList<SelfTestResult>> GetSelfTestsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<SelfTestResult>>(new HttpRequestMessage(HttpMethod.Get, "api/system/self-tests"), "load self-tests", cancellationToken);

    /// <summary>
    /// The API's own health report. An unhealthy API answers 503 with its report, so any answer is returned;
    /// only no answer at all throws.
    /// </summary>
    public async Task<ApiHealthReport> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        const string operation = "check api health";
        using var activity = UiTelemetry.Source.StartActivity(operation);
        using var request = new HttpRequestMessage(HttpMethod.Get, "health");
        // A probe reports the state now; retrying a 503 would only delay the answer.
        request.Options.Set(SingleAttempt, true);

        using var response = await SendRawAsync(request, operation, activity, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var report = ParseHealth(response, body);
        if (!report.IsHealthy)
        {
            activity?.SetStatus(ActivityStatusCode.Error, $"api is {report.Status}");
        }

        return report;
    }

    private static ApiHealthReport ParseHealth(HttpResponseMessage response, string body)
    {
        try
        {
            var report = JsonSerializer.Deserialize<ApiHealthReport>(body, JsonOptions);
            if (report is not null)
            {
                return report;
            }
        }
        catch (JsonException)
        {
            // Not the JSON report: the plain-text writer answers a bare status word.
        }

        var text = body.Trim();
        var status = text is "Healthy" or "Degraded" or "Unhealthy"
            ? text
            : $"{(int)response.StatusCode} {response.ReasonPhrase}";
        return new ApiHealthReport(status, new Dictionary<string, ApiHealthEntry>());
    }
}
