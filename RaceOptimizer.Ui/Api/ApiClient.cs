using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// What the UI's typed clients of the API share (one client per resource, as eShop's: <see cref="JobsClient"/>,
/// <see cref="SlatesClient"/>..., all on the one HttpClient <see cref="HttpClientName"/> over the Aspire service name
/// `api`). Every failure - no answer, an error status, a payload that does not match - comes out as a
/// <see cref="RaceOptimizerApiException"/> whose message can be shown as it is; cancellation by the caller stays an
/// <see cref="OperationCanceledException"/>.
/// </summary>
public abstract class ApiClient(HttpClient http)
{
    /// <summary>The named HttpClient every typed client of the API is built on (base address, resilience).</summary>
    public const string HttpClientName = "api";

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
    protected static readonly JsonSerializerOptions RequestOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    protected async Task<T> SendAsync<T>(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
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
    protected async Task SendWithoutResultAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        using var activity = UiTelemetry.Source.StartActivity(operation);
        using (request)
        using (var response = await SendRawAsync(request, operation, activity, cancellationToken))
        {
            await ThrowUnlessSuccessAsync(response, operation, activity, cancellationToken);
        }
    }

    /// <summary>A file the API serves (an export, an upload CSV, a backup), passed on to the browser as it came.</summary>
    protected Task<ApiFile> DownloadAsync(string path, string operation, string fallbackName, CancellationToken cancellationToken) =>
        DownloadAsync(new HttpRequestMessage(HttpMethod.Get, path), operation, fallbackName, cancellationToken);

    /// <summary>A file the API answers a request with (a filled entries file).</summary>
    protected async Task<ApiFile> DownloadAsync(HttpRequestMessage request, string operation, string fallbackName, CancellationToken cancellationToken)
    {
        using var activity = UiTelemetry.Source.StartActivity(operation);
        using var disposeRequest = request;
        using var response = await SendRawAsync(request, operation, activity, cancellationToken);
        await ThrowUnlessSuccessAsync(response, operation, activity, cancellationToken);
        var (contentType, fileName) = Described(response, fallbackName);
        return new ApiFile(await response.Content.ReadAsByteArrayAsync(cancellationToken), contentType, fileName);
    }

    /// <summary>A file the API serves, opened once its headers have come: the body is read as it arrives.</summary>
    protected async Task<ApiFileStream> OpenDownloadAsync(string path, string operation, string fallbackName, CancellationToken cancellationToken)
    {
        using var activity = UiTelemetry.Source.StartActivity(operation);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var response = await SendRawAsync(request, operation, activity, cancellationToken, HttpCompletionOption.ResponseHeadersRead);
        try
        {
            await ThrowUnlessSuccessAsync(response, operation, activity, cancellationToken);
            var (contentType, fileName) = Described(response, fallbackName);
            return new ApiFileStream(response, await response.Content.ReadAsStreamAsync(cancellationToken), contentType, fileName);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    protected static JsonContent Json<T>(T body) => JsonContent.Create(body, options: RequestOptions);

    protected static string Escape(string segment) => Uri.EscapeDataString(segment);

    // Writes (POST, DELETE) are sent once: a lost answer does not mean the API did not act on them.
    protected static HttpRequestMessage SingleAttemptRequest(HttpMethod method, string path, HttpContent? content = null)
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

    protected async Task<HttpResponseMessage> SendRawAsync(
        HttpRequestMessage request, string operation, Activity? activity, CancellationToken cancellationToken, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        try
        {
            return await http.SendAsync(request, completion, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Refused connections, timeouts, an open circuit, an unresolved service name: all mean "no answer".
            var message = $"Could not {operation}: the API did not answer ({Describe(exception)}).";
            activity?.SetStatus(ActivityStatusCode.Error, message);
            throw new RaceOptimizerApiException(message, innerException: exception);
        }
    }

    /// <summary>The media type and the file name the API suggested.</summary>
    private static (string ContentType, string FileName) Described(HttpResponseMessage response, string fallbackName) => (
        response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? fallbackName);

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

    protected static ByteArrayContent RawJson(byte[] document) => AsJson(new ByteArrayContent(document));

    /// <summary>A JSON document sent as it is read (a backup), never held whole.</summary>
    protected static StreamContent RawJson(Stream document) => AsJson(new StreamContent(document));

    private static T AsJson<T>(T content)
        where T : HttpContent
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
