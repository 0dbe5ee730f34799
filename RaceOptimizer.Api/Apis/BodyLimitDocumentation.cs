using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace RaceOptimizer.Api.Apis;

/// <summary>
/// Names in the OpenAPI document the most bytes each operation that takes a body accepts: the limit its endpoint declares
/// (<see cref="IRequestSizeLimitMetadata"/>: uploads, restores) or else Kestrel's own, so no client learns it from a 413.
/// </summary>
internal sealed class BodyLimitDocumentation(IOptions<KestrelServerOptions> kestrel) : IOpenApiOperationTransformer
{
    /// <summary>The operation's limit in bytes, as a number a client can read; absent on operations without a body.</summary>
    public const string Extension = "x-body-limit-bytes";

    private static readonly HashSet<string> MethodsWithBody = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.HttpMethod is not { } method || !MethodsWithBody.Contains(method))
        {
            return Task.CompletedTask;
        }

        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault();
        var limit = declared is null ? kestrel.Value.Limits.MaxRequestBodySize : declared.MaxRequestBodySize;
        // Null only where Kestrel's limit is configured away: then there is no number to give.
        if (limit is { } bytes)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[Extension] = new JsonNodeExtension(JsonValue.Create(bytes));
        }

        var line = limit is null
            ? "The request body has no size limit."
            : string.Create(CultureInfo.InvariantCulture, $"The request body may be at most {limit:N0} bytes; a larger one is refused with 413.");
        operation.Description = operation.Description is { Length: > 0 } description ? $"{description}\n\n{line}" : line;
        return Task.CompletedTask;
    }
}
