using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Gpu.Security;

/// <summary>
/// Refuses every request without the shared `gpu-api-key` (401). The comparison runs in constant time over
/// fixed-length hashes so neither the content nor the length of the key leaks through timing.
/// </summary>
internal sealed class ApiKeyFilter(IOptionsMonitor<WorkerOptions> options) : IEndpointFilter
{
    public const string HeaderName = WorkerProtocol.ApiKeyHeader;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.CurrentValue.ApiKey;
        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(expected) || !Matches(expected, presented))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Missing or wrong API key",
                detail: $"Send the worker's gpu-api-key in the {HeaderName} header."));
        }

        return next(context);
    }

    private static bool Matches(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
