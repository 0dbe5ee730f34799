using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Api.Settings;
using RaceOptimizer.Contracts.Status;

namespace RaceOptimizer.Api.Apis;

/// <summary>User settings: how jobs reach the GPU worker, and what a new job starts with.</summary>
public static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/settings").WithTags("Settings");
        api.MapGet("/gpu", GetGpuAsync);
        api.MapPut("/gpu", PutGpuAsync);
        api.MapPost("/gpu/test", TestGpuAsync);
        api.MapGet("/defaults", GetDefaultsAsync);
        api.MapPut("/defaults", PutDefaultsAsync);
        return app;
    }

    public static async Task<GpuSettingsView> GetGpuAsync(SettingsStore store, GpuKeyHolder keys, CancellationToken cancellationToken) =>
        View(await store.GpuAsync(cancellationToken), keys);

    public static async Task<Results<Ok<GpuSettingsView>, ProblemHttpResult>> PutGpuAsync(
        GpuSettingsRequest request, SettingsStore store, GpuKeyHolder keys, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        var settings = request.ToSettings();
        await store.SaveAsync(settings, cancellationToken);
        if (request.ApiKey is not null)
        {
            keys.Set(request.ApiKey);
        }

        return TypedResults.Ok(View(settings, keys));
    }

    /// <summary>Asks the worker the saved settings point at for its device, with their key and timeout; 200 either way.</summary>
    public static async Task<GpuConnectionTest> TestGpuAsync(GpuWorkerClient worker, GpuConnections connections, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var device = await worker.GetDeviceAsync((await connections.CurrentAsync(cancellationToken)).ForProbe(), cancellationToken);
            return new GpuConnectionTest(true, Stopwatch.GetElapsedTime(started).TotalMilliseconds, device, null);
        }
        catch (GpuOffloadException exception)
        {
            return new GpuConnectionTest(false, null, null, $"{exception.Reason}: {exception.Message}");
        }
    }

    public static Task<JobDefaults> GetDefaultsAsync(SettingsStore store, CancellationToken cancellationToken) => store.DefaultsAsync(cancellationToken);

    public static async Task<Results<Ok<JobDefaults>, ProblemHttpResult>> PutDefaultsAsync(
        JobDefaultsRequest request, SettingsStore store, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        var defaults = new JobDefaults(request.Lineups!.Value, request.Simulations!.Value);
        await store.SaveAsync(defaults, cancellationToken);
        return TypedResults.Ok(defaults);
    }

    private static GpuSettingsView View(GpuSettings settings, GpuKeyHolder keys) =>
        new(settings.Enabled, settings.Url, settings.TimeoutSeconds, keys.Key is not null);
}
