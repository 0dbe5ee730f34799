using System.Text.Json;

namespace RaceOptimizer.Api.Apis;

/// <summary>
/// Requests the framework refuses before an endpoint runs (JSON that does not parse or does not fit, no body, a body over
/// its limit) are the client's error: they answer their own 4xx as ProblemDetails with the reason and, for a body that
/// does not bind, `errors` naming the field (its JSON path, as the endpoints' own checks name fields; `body` when there
/// is none), not a bare 400 or a 500 saying nothing.
/// </summary>
internal static class ClientErrors
{
    public const string Body = "body";

    public static IServiceCollection AddProblemResponses(this IServiceCollection services) => services
        // Without this, outside Development a body that does not bind gets an empty 400 from the endpoint itself.
        .Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true)
        .AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is not BadHttpRequestException refused)
            {
                return;
            }

            context.ProblemDetails.Detail = refused.Message;
            (string Field, string Message)? error = refused switch
            {
                { InnerException: JsonException json } => (FieldOf(json.Path), json.Message),
                { StatusCode: StatusCodes.Status400BadRequest } when context.HttpContext.Request.ContentLength is 0 => (Body, "is required: a JSON document"),
                _ => null,
            };
            if (error is { } named)
            {
                context.ProblemDetails.Title = "The request has invalid fields";
                context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [named.Field] = [named.Message] };
            }
        })
        .Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = exception =>
            exception is BadHttpRequestException refused ? refused.StatusCode : StatusCodes.Status500InternalServerError);

    /// <summary>`$.presets[0].name` -> `presets[0].name`; the whole document (`$`, or no path) -> `body`.</summary>
    private static string FieldOf(string? path) =>
        path is null or "$" ? Body : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
