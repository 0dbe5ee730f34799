using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Evaluation;
using RaceOptimizer.Gpu.Security;

namespace RaceOptimizer.Gpu;

/// <summary>
/// The lineup endpoints, binary both ways (a 10,000-simulation matrix is megabytes of integers that JSON would triple
/// and make the caller parse): `POST /lineups/evaluate` tallies lineups (<see cref="LineupEvaluationRequest"/>),
/// `POST /lineups/score` scores them under a simulation objective (<see cref="LineupScoringRequest"/>), and
/// `POST /lineups/payouts` pays them against a contest field (<see cref="LineupPayoutRequest"/>).
/// </summary>
public static class LineupApi
{
    public static IEndpointRouteBuilder MapLineupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(WorkerProtocol.Routes.EvaluateLineups, (HttpContext http, GpuLineupEvaluator evaluator) => ComputeAsync(
                http,
                LineupEvaluationRequest.ReadFrom,
                (request, aborted) => evaluator.EvaluateAsync(SimulatedPoints.From(request.Points), request.Lineups, request.Thresholds, request.Bins, aborted),
                LineupEvaluationRequest.WriteTallies,
                LineupEvaluationRequest.ContentType,
                "Invalid lineup evaluation request"))
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Lineups");
        app.MapPost(WorkerProtocol.Routes.ScoreLineups, (HttpContext http, GpuLineupScorer scorer) => ComputeAsync(
                http,
                LineupScoringRequest.ReadFrom,
                scorer.ScoreAsync,
                LineupScoringRequest.WriteScores,
                LineupScoringRequest.ContentType,
                "Invalid lineup scoring request"))
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Lineups");
        app.MapPost(WorkerProtocol.Routes.PayLineups, (HttpContext http, GpuLineupScorer scorer) => ComputeAsync(
                http,
                LineupPayoutRequest.ReadFrom,
                scorer.PayAsync,
                LineupPayoutRequest.WriteTallies,
                LineupPayoutRequest.ContentType,
                "Invalid lineup payout request"))
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Lineups");
        return app;
    }

    private static async Task<IResult> ComputeAsync<TRequest, TReply>(
        HttpContext http,
        Func<Stream, TRequest> read,
        Func<TRequest, CancellationToken, Task<TReply>> compute,
        Action<Stream, TReply> write,
        string contentType,
        string invalidTitle)
    {
        var aborted = http.RequestAborted;
        // The binary readers are synchronous; the body is read whole first so no request thread blocks on the network.
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, aborted);
        body.Position = 0;
        TReply reply;
        try
        {
            reply = await compute(read(body), aborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or OverflowException or ArgumentException)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest, title: invalidTitle);
        }

        using var written = new MemoryStream();
        write(written, reply);
        return TypedResults.Bytes(written.ToArray(), contentType);
    }
}
