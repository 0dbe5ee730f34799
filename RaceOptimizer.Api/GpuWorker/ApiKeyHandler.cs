using Microsoft.Extensions.Options;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>Adds the worker's API key to every request; the header is not recorded by the HTTP instrumentation.</summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<GpuWorkerOptions> options) : DelegatingHandler
{
    public const string HeaderName = "X-Api-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var apiKey = options.CurrentValue.ApiKey;
        if (!string.IsNullOrEmpty(apiKey))
        {
            request.Headers.Remove(HeaderName);
            request.Headers.Add(HeaderName, apiKey);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
