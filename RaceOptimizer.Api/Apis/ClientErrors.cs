namespace RaceOptimizer.Api.Apis;

/// <summary>
/// Requests the framework refuses before an endpoint runs (JSON that does not parse, a body over its limit) are the
/// client's error: they answer their own 4xx as ProblemDetails with the reason, not a 500 saying nothing.
/// </summary>
internal static class ClientErrors
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services) => services
        .AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException refused)
            {
                context.ProblemDetails.Detail = refused.Message;
            }
        })
        .Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = exception =>
            exception is BadHttpRequestException refused ? refused.StatusCode : StatusCodes.Status500InternalServerError);
}
