using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// The UI's only way to the API (typed HttpClient on the Aspire service name `api`). Every failure - no
/// answer, an error status, a payload that does not match - comes out as a <see cref="RaceOptimizerApiException"/>
/// whose message can be shown as it is; cancellation by the caller stays an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class RaceOptimizerApiClient(HttpClient http)
{
    /// <summary>Service discovery address of the AppHost resource named "api": https when it offers it, else http.</summary>
    public const string ServiceAddress = "https+http://api";

    /// <summary>Marks a request that the resilience pipeline must send once, never retry.</summary>
    public static readonly HttpRequestOptionsKey<bool> SingleAttempt = new("RaceOptimizer.SingleAttempt");

    // Strict on purpose: a payload that drifted from these records fails here with a readable message,
    // not later as a null inside a component.
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

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

    private async Task<T> SendAsync<T>(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        using var activity = UiTelemetry.Source.StartActivity(operation);
        using (request)
        using (var response = await SendRawAsync(request, operation, activity, cancellationToken))
        {
            if (!response.IsSuccessStatusCode)
            {
                var detail = await ReadErrorDetailAsync(response, cancellationToken);
                var message = $"Could not {operation}: the API answered {(int)response.StatusCode} {response.ReasonPhrase}{detail}.";
                activity?.SetStatus(ActivityStatusCode.Error, message);
                throw new RaceOptimizerApiException(message, response.StatusCode);
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<T>(JsonOptions, cancellationToken)
                    ?? throw new JsonException("The body was null.");
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException)
            {
                var message = $"Could not {operation}: the API answered with an unexpected payload ({exception.Message})";
                activity?.SetStatus(ActivityStatusCode.Error, message);
                throw new RaceOptimizerApiException(message, response.StatusCode, exception);
            }
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(
        HttpRequestMessage request, string operation, Activity? activity, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Refused connections, timeouts, an open circuit, an unresolved service name: all mean "no answer".
            var message = $"Could not {operation}: the API did not answer ({Describe(exception)}).";
            activity?.SetStatus(ActivityStatusCode.Error, message);
            throw new RaceOptimizerApiException(message, innerException: exception);
        }
    }

    private static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null && innermost is not HttpRequestException)
        {
            innermost = innermost.InnerException;
        }

        return innermost.Message.TrimEnd('.');
    }

    private static async Task<string> ReadErrorDetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        }
        catch (HttpRequestException)
        {
            return string.Empty;
        }

        if (body.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            // ProblemDetails (RFC 9457): prefer its detail, then its title.
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (ReadOnlySpan<string>)["detail", "title"])
                {
                    if (document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        return $": {value.GetString()!.TrimEnd('.')}";
                    }
                }
            }

            return string.Empty;
        }
        catch (JsonException)
        {
            return body.Length <= 200 && !body.StartsWith('<') ? $": {body.TrimEnd('.')}" : string.Empty;
        }
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
