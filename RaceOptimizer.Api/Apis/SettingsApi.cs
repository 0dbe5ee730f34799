using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Api.Settings;
using RaceOptimizer.Contracts.Settings;
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

    public static async Task<GpuSettingsView> GetGpuAsync(SettingsStore store, GpuKeyHolder keys, GpuConnections connections, CancellationToken cancellationToken) =>
        View(await store.GpuAsync(cancellationToken), keys, connections);

    /// <summary>
    /// Saves the settings and binds an entered key to the URL's origin. Moving the URL to another origin without a key for
    /// it is refused, nothing changed: the worker there would otherwise run unauthorized, and a key is never carried over.
    /// </summary>
    public static async Task<Results<Ok<GpuSettingsView>, ProblemHttpResult>> PutGpuAsync(
        GpuSettingsUpdate request, SettingsStore store, GpuKeyHolder keys, GpuConnections connections, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return ApiProblems.BadFields(errors);
        }

        var settings = request.ToSettings();
        var address = connections.AddressOf(settings.Url);
        var entered = connections.Entered(request.ApiKey, address);
        var before = connections.AddressOf((await store.GpuAsync(cancellationToken)).Url);
        if (GpuWorkerKey.OriginOf(address) != GpuWorkerKey.OriginOf(before) && connections.KeyFor(address, entered) is null)
        {
            return ApiProblems.BadFields(new Dictionary<string, string[]>
            {
                ["apiKey"] = [$"is required with a URL at another origin ({GpuWorkerKey.OriginOf(address)}): the key of {GpuWorkerKey.OriginOf(before)} is not sent anywhere else"],
            });
        }

        await store.SaveAsync(settings, cancellationToken);
        keys.Set(entered);
        return TypedResults.Ok(View(settings, keys, connections));
    }

    /// <summary>
    /// Asks a worker for its device, with the key given for its origin (if any) and the timeout; 200 either way. The
    /// worker is the one the body's settings (as typed in the form, not saved) point at, else the saved settings'.
    /// </summary>
    public static async Task<Results<Ok<GpuConnectionTest>, ProblemHttpResult>> TestGpuAsync(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] GpuSettingsUpdate? typed,
        GpuWorkerClient worker,
        GpuConnections connections,
        CancellationToken cancellationToken)
    {
        if (typed?.Validate() is { Count: > 0 } errors)
        {
            return ApiProblems.BadFields(errors);
        }

        var connection = typed is null ? await connections.CurrentAsync(cancellationToken) : connections.Typed(typed.ToSettings(), typed.ApiKey);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var device = await worker.GetDeviceAsync(connection.ForProbe(), cancellationToken);
            return TypedResults.Ok(new GpuConnectionTest(true, Stopwatch.GetElapsedTime(started).TotalMilliseconds, device, null));
        }
        catch (GpuOffloadException exception)
        {
            return TypedResults.Ok(new GpuConnectionTest(false, null, null, $"{exception.Reason}: {exception.Message}"));
        }
    }

    public static Task<JobDefaults> GetDefaultsAsync(SettingsStore store, CancellationToken cancellationToken) => store.DefaultsAsync(cancellationToken);

    public static async Task<Results<Ok<JobDefaults>, ProblemHttpResult>> PutDefaultsAsync(
        JobDefaultsUpdate request, SettingsStore store, CancellationToken cancellationToken)
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

    /// <summary>`apiKeySet`: a key entered in settings goes to the saved URL (one entered for another origin does not count).</summary>
    private static GpuSettingsView View(GpuSettings settings, GpuKeyHolder keys, GpuConnections connections) =>
        new(settings.Enabled, settings.Url, settings.TimeoutSeconds, keys.Key?.IsFor(connections.AddressOf(settings.Url)) == true, settings.ForceOffload);
}
