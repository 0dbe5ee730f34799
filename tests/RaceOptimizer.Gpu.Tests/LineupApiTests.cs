using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Tests.Evaluation;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Gpu.Tests;

public sealed class LineupApiTests(WorkerFactory worker) : IClassFixture<WorkerFactory>
{
    private static readonly RaceSetup Race = new(
        Series.Cup, TrackType.Intermediate, 200, [.. Enumerable.Range(1, 30).Select(i => new RaceEntrant($"Driver {i}", 1.0 - (2.0 * (i - 1) / 29), i))]);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_evaluation_answers_Core_s_tallies_and_traces_evaluate_lineups_with_the_device()
    {
        var request = Request();
        using var http = worker.CreateClient();
        using var post = Post(WorkerFactory.ApiKey, request);

        // Other tests' evaluations in this process reach the same in-memory exporter: this request's trace tells ours apart.
        var traceId = ActivityTraceId.CreateRandom();
        post.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await http.SendAsync(post, Cancellation);
        var tallies = LineupEvaluationRequest.ReadTallies(await response.Content.ReadAsStreamAsync(Cancellation));
        var core = LineupEvaluation.Evaluate(SimulatedPoints.From(request.Points), request.Lineups, request.Thresholds, request.Bins);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LineupEvaluationRequest.ContentType, response.Content.Headers.ContentType?.MediaType);
        TallyAssert.Equal(core, tallies);
        var span = Assert.Single(Snapshot(), s => s.DisplayName == "evaluate lineups" && s.Source.Name == RaceOptimizerTelemetry.GpuSourceName && s.TraceId == traceId);
        Assert.StartsWith("CPU", (string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.DeviceName), StringComparison.Ordinal);
        Assert.Equal(request.Lineups.Length, span.GetTagItem(RaceOptimizerTelemetry.Attributes.Lineups));
        Assert.Equal(WorkerInstance.Id, span.GetTagItem(RaceOptimizerTelemetry.Attributes.WorkerInstance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task An_evaluation_without_the_right_key_gets_401(string? key)
    {
        using var http = worker.CreateClient();

        using var response = await http.SendAsync(Post(key, Request()), Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_scoring_answers_Core_s_scores_and_traces_evaluate_lineups_with_the_objective()
    {
        var evaluation = Request();
        var points = SimulatedPoints.From(evaluation.Points);
        var request = new LineupScoringRequest(points, ObjectiveMeasure.Of(new Objective(ObjectiveKind.Cvar, Alpha: 0.05), points.Simulations), [], evaluation.Lineups);
        using var http = worker.CreateClient();
        var body = new MemoryStream();
        request.WriteTo(body);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/lineups/score") { Content = new ByteArrayContent(body.ToArray()) };
        post.Headers.Add("X-Api-Key", WorkerFactory.ApiKey);
        var traceId = ActivityTraceId.CreateRandom();
        post.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await http.SendAsync(post, Cancellation);
        var scores = LineupScoringRequest.ReadScores(await response.Content.ReadAsStreamAsync(Cancellation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LineupScoringRequest.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(LineupScores.Score(points, request.Lineups, request.Measure, []), scores);
        var span = Assert.Single(Snapshot(), s => s.DisplayName == "evaluate lineups" && s.TraceId == traceId);
        Assert.Equal("cvar", span.GetTagItem(RaceOptimizerTelemetry.Attributes.Objective));
        Assert.StartsWith("CPU", (string?)span.GetTagItem(RaceOptimizerTelemetry.Attributes.DeviceName), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lineups/evaluate")]
    [InlineData("/lineups/score")]
    [InlineData("/lineups/payouts")]
    public async Task A_body_that_is_not_a_lineup_request_gets_400(string path)
    {
        using var http = worker.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent([1, 2, 3, 4, 5, 6, 7, 8]) };
        request.Headers.Add("X-Api-Key", WorkerFactory.ApiKey);

        using var response = await http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static LineupEvaluationRequest Request()
    {
        var matrix = RaceSimulator.Default.Run(Race, new SimulationOptions(700, 3, KeepPointsMatrix: true), cancellationToken: Cancellation).DraftKings!;
        ulong[] lineups = [0b111111, 0b111111UL << 10, 0b101010101011, LineupSpace.MaskOf([0, 5, 9, 14, 22, 29])];
        return new LineupEvaluationRequest(matrix, lineups, [.. Enumerable.Range(0, 700).Select(i => 20_000 + (i * 20))], new HistogramBins(50, 10, 30));
    }

    private static HttpRequestMessage Post(string? key, LineupEvaluationRequest evaluation)
    {
        var body = new MemoryStream();
        evaluation.WriteTo(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/lineups/evaluate") { Content = new ByteArrayContent(body.ToArray()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(LineupEvaluationRequest.ContentType);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    private List<Activity> Snapshot() => worker.Spans.Snapshot();
}
