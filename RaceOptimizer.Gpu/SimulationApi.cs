using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Gpu.Security;
using RaceOptimizer.Gpu.Simulation;

namespace RaceOptimizer.Gpu;

/// <summary>
/// `POST /simulations`: runs a simulation on the device and streams it back (<see cref="SimulationStream"/>): progress
/// at least every second while it runs, so the caller can tell a slow run from a dead worker, then the result. The run
/// stops when the caller goes away, which is how a job's cancellation reaches the device.
/// </summary>
public static class SimulationApi
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(1);

    public static IEndpointRouteBuilder MapSimulationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/simulations", SimulateAsync)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Simulation");
        return app;
    }

    private static async Task<IResult> SimulateAsync(SimulationRequest request, GpuRaceSimulator simulator, HttpContext http, ILogger<GpuRaceSimulator> logger)
    {
        if (request.Setup is null || request.Simulations is < 1 or > SimulationRequest.MaxSimulations)
        {
            return TypedResults.Problem(
                $"Give a setup and between 1 and {SimulationRequest.MaxSimulations:N0} simulations.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid simulation request");
        }

        var aborted = http.RequestAborted;
        http.Response.ContentType = SimulationStream.ContentType;
        await http.Response.StartAsync(aborted);
        var body = http.Response.Body;
        using var writing = new SemaphoreSlim(1, 1);
        var progress = new LatestProgress();
        using var stopBeats = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var beats = BeatAsync(body, writing, progress, stopBeats.Token);
        try
        {
            var options = new SimulationOptions(request.Simulations, request.Seed, request.KeepPointsMatrix);
            var result = await simulator.RunAsync(request.Setup, options, progress, aborted);
            await stopBeats.CancelAsync();
            await beats;
            await SimulationStream.WriteResultAsync(body, result, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            logger.LogInformation("The caller went away; the simulation stopped");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Simulation failed on the device");
            await stopBeats.CancelAsync();
            await beats;
            await SimulationStream.WriteErrorAsync(body, exception.Message, aborted);
        }
        finally
        {
            await stopBeats.CancelAsync();
            await beats;
        }

        return TypedResults.Empty;
    }

    /// <summary>Sends the latest progress every <see cref="Heartbeat"/> until stopped.</summary>
    private static async Task BeatAsync(Stream body, SemaphoreSlim writing, LatestProgress progress, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Heartbeat);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await writing.WaitAsync(stop);
                try
                {
                    await SimulationStream.WriteProgressAsync(body, progress.Value, stop);
                }
                finally
                {
                    writing.Release();
                }
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
