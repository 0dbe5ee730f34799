using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Gpu.Evaluation;
using RaceOptimizer.Gpu.Security;

namespace RaceOptimizer.Gpu;

/// <summary>
/// `POST /lineups/evaluate`: tallies lineups against a points matrix on the device. Request and reply are
/// <see cref="LineupEvaluationRequest"/>'s binary forms: a 10,000-simulation matrix is megabytes of integers that
/// JSON would triple and make the caller parse.
/// </summary>
public static class LineupApi
{
    public static IEndpointRouteBuilder MapLineupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/lineups/evaluate", EvaluateAsync)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Lineups");
        return app;
    }

    private static async Task<IResult> EvaluateAsync(HttpContext http, GpuLineupEvaluator evaluator)
    {
        var aborted = http.RequestAborted;
        // The binary readers are synchronous; the body is read whole first so no request thread blocks on the network.
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, aborted);
        body.Position = 0;
        LineupTallies tallies;
        try
        {
            var request = LineupEvaluationRequest.ReadFrom(body);
            tallies = await evaluator.EvaluateAsync(SimulatedPoints.From(request.Points), request.Lineups, request.Thresholds, request.Bins, aborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or OverflowException or ArgumentException)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid lineup evaluation request");
        }

        using var reply = new MemoryStream();
        LineupEvaluationRequest.WriteTallies(reply, tallies);
        return TypedResults.Bytes(reply.ToArray(), LineupEvaluationRequest.ContentType);
    }
}
