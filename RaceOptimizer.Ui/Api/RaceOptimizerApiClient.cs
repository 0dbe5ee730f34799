using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Contracts.Status;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// The UI's only way to the API (typed HttpClient on the Aspire service name `api`). Every failure - no
/// answer, an error status, a payload that does not match - comes out as a <see cref="RaceOptimizerApiException"/>
/// whose message can be shown as it is; cancellation by the caller stays an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed partial class RaceOptimizerApiClient(HttpClient http)
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

    // Requests leave unset options out, so the API applies its own defaults instead of reading a null.
    private static readonly JsonSerializerOptions RequestOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<SystemInfo> GetSystemAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SystemInfo>(new HttpRequestMessage(HttpMethod.Get, "api/system"), "load system status", cancellationToken);

    public Task<SelfTestResult> RunSelfTestAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SelfTestResult>(new HttpRequestMessage(HttpMethod.Post, "api/system/self-tests"), "run self-test", cancellationToken);

    public async Task<IReadOnlyList<SelfTestResult>> GetSelfTestsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<SelfTestResult>>(new HttpRequestMessage(HttpMethod.Get, "api/system/self-tests"), "load self-tests", cancellationToken);

    public Task<JobPage> GetJobsAsync(JobFilter filter, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add("status", filter.Status);
        Add("type", filter.Type);
        Add("q", filter.Search);
        Add("page", filter.Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("pageSize", filter.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return SendAsync<JobPage>(new HttpRequestMessage(HttpMethod.Get, $"api/jobs?{string.Join('&', query)}"), "load jobs", cancellationToken);
    }

    public Task<JobStats> GetJobStatsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<JobStats>(new HttpRequestMessage(HttpMethod.Get, "api/jobs/stats"), "load job statistics", cancellationToken);

    public async Task<IReadOnlyList<SlateSummary>> GetSlatesAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<SlateSummary>>(new HttpRequestMessage(HttpMethod.Get, "api/slates"), "load slates", cancellationToken);

    /// <summary>Queues a simulation; a 400 comes out with its field errors in <see cref="RaceOptimizerApiException.Errors"/>.</summary>
    public Task<JobView> StartSimulationAsync(NewSimulationRequest simulation, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(
            SingleAttemptRequest(HttpMethod.Post, "api/jobs", JsonContent.Create(simulation, options: JsonOptions)),
            "start the simulation",
            cancellationToken);

    public Task<JobView> CancelJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(SingleAttemptRequest(HttpMethod.Post, $"api/jobs/{Uri.EscapeDataString(id)}/cancel"), "cancel the job", cancellationToken);

    public Task<JobView> RerunJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<JobView>(SingleAttemptRequest(HttpMethod.Post, $"api/jobs/{Uri.EscapeDataString(id)}/rerun"), "re-run the job", cancellationToken);

    public Task DeleteJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(SingleAttemptRequest(HttpMethod.Delete, $"api/jobs/{Escape(id)}"), "delete the job", cancellationToken);

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
            await ThrowUnlessSuccessAsync(response, operation, activity, cancellationToken);

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

    /// <summary>Sends a write that answers no body (204), such as a DELETE.</summary>
    private async Task SendWithoutResultAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        using var activity = UiTelemetry.Source.StartActivity(operation);
        using (request)
        using (var response = await SendRawAsync(request, operation, activity, cancellationToken))
        {
            await ThrowUnlessSuccessAsync(response, operation, activity, cancellationToken);
        }
    }

    /// <summary>A file the API serves (an export, an upload CSV, a backup), passed on to the browser as it came.</summary>
    private async Task<ApiFile> DownloadAsync(string path, string operation, string fallbackName, CancellationToken cancellationToken)
    {
        using var activity = UiTelemetry.Source.StartActivity(operation);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendRawAsync(request, operation, activity, cancellationToken);
        await ThrowUnlessSuccessAsync(response, operation, activity, cancellationToken);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
            ?? fallbackName;
        return new ApiFile(content, contentType, fileName);
    }

    private static JsonContent Json<T>(T body) => JsonContent.Create(body, options: RequestOptions);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    // Writes (POST, DELETE) are sent once: a lost answer does not mean the API did not act on them.
    private static HttpRequestMessage SingleAttemptRequest(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Options.Set(SingleAttempt, true);
        return request;
    }

    private static async Task ThrowUnlessSuccessAsync(
        HttpResponseMessage response, string operation, Activity? activity, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var (detail, errors, problems) = await ReadErrorDetailAsync(response, cancellationToken);
        var message = $"Could not {operation}: the API answered {(int)response.StatusCode} {response.ReasonPhrase}{detail}.";
        activity?.SetStatus(ActivityStatusCode.Error, message);
        throw new RaceOptimizerApiException(message, response.StatusCode, errors: errors, problems: problems);
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

    private static async Task<(string Detail, Dictionary<string, string[]> Errors, List<FileProblem> Problems)> ReadErrorDetailAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<FileProblem>();
        string body;
        try
        {
            body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        }
        catch (HttpRequestException)
        {
            return (string.Empty, errors, problems);
        }

        if (body.Length == 0)
        {
            return (string.Empty, errors, problems);
        }

        try
        {
            // ProblemDetails (RFC 9457): prefer its detail, then its title; validation problems add errors by field.
            using var document = JsonDocument.Parse(body);
            var detail = string.Empty;
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (ReadOnlySpan<string>)["detail", "title"])
                {
                    if (document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        detail = $": {value.GetString()!.TrimEnd('.')}";
                        break;
                    }
                }

                if (document.RootElement.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in fields.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind switch
                        {
                            JsonValueKind.Array => [.. field.Value.EnumerateArray()
                                .Where(message => message.ValueKind == JsonValueKind.String)
                                .Select(message => message.GetString()!)],
                            JsonValueKind.String => [field.Value.GetString()!],
                            _ => [],
                        };
                    }
                }


                // File imports: every problem with its file, line and column.
                if (document.RootElement.TryGetProperty("problems", out var listed) && listed.ValueKind == JsonValueKind.Array)
                {
                    problems.AddRange(listed.Deserialize<List<FileProblem>>(JsonSerializerOptions.Web) ?? []);
                }
            }

            return (detail, errors, problems);
        }
        catch (JsonException)
        {
            return (body.Length <= 200 && !body.StartsWith('<') ? $": {body.TrimEnd('.')}" : string.Empty, errors, problems);
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
