using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Worker;
using RaceOptimizer.Gpu.Security;
using RaceOptimizer.Gpu.Simulation;

namespace RaceOptimizer.Gpu;

/// <summary>
/// `POST /simulations`: runs a simulation shard on the device and streams its tally back (<see cref="SimulationStream"/>): progress
/// at least every second while it runs, so the caller can tell a slow run from a dead worker, then the result. The run
/// stops when the caller goes away, which is how a job's cancellation reaches the device.
/// </summary>
public static class SimulationApi
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(1);

    public static IEndpointRouteBuilder MapSimulationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(WorkerProtocol.Routes.Simulations, SimulateAsync)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Simulation");
        return app;
    }

    private static async Task<IResult> SimulateAsync(SimulationRequest request, GpuRaceSimulator simulator, HttpContext http, ILogger<GpuRaceSimulator> logger)
    {
        if (!request.IsValid)
        {
            return TypedResults.Problem(
                $"Give a setup and races within the first {SimulationRequest.MaxSimulations:N0}, at least one.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid simulation request");
        }

        var aborted = http.RequestAborted;
        http.Response.ContentType = SimulationStream.ContentType;
        await http.Response.StartAsync(aborted);
        var body = http.Response.Body;
        var progress = new LatestProgress();
        RaceShard? result = null;
        string? failure = null;
        using (var stopBeats = CancellationTokenSource.CreateLinkedTokenSource(aborted))
        {
            var beats = BeatAsync(body, progress, stopBeats.Token, aborted);
            try
            {
                result = await simulator.RunShardAsync(request.Setup, request.Run, request.Races, progress, aborted);
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                logger.LogInformation("The caller went away; the simulation stopped");
                return TypedResults.Empty;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Simulation failed on the device");
                failure = exception.Message;
            }
            finally
            {
                await stopBeats.CancelAsync();
                await beats;
            }
        }

        await (result is null
            ? SimulationStream.WriteErrorAsync(body, failure!, aborted)
            : SimulationStream.WriteShardAsync(body, result, aborted));
        return TypedResults.Empty;
    }

    /// <summary>
    /// Sends the latest progress every <see cref="Heartbeat"/> until <paramref name="stop"/>; the only writer until then.
    /// A frame under way is finished (only the caller leaving cuts it), so the closing frames never interleave with one.
    /// </summary>
    private static async Task BeatAsync(Stream body, LatestProgress progress, CancellationToken stop, CancellationToken aborted)
    {
        using var timer = new PeriodicTimer(Heartbeat);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await SimulationStream.WriteProgressAsync(body, progress.Value, aborted);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Keeps only the latest fraction done; the heartbeat sends it.</summary>
    private sealed class LatestProgress : IProgress<double>
    {
        private double value;

        public double Value => Volatile.Read(ref value);

        public void Report(double fraction) => Volatile.Write(ref value, fraction);
    }
}
