using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Contracts.Status;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// Typed client of the GPU worker (service discovery, or the URL in settings). Every failure comes out as a
/// <see cref="GpuOffloadException"/> naming its reason, told apart by when it happened: before the worker answered
/// (unreachable, timeout, refused) or while it streamed (the worker died, or sent something that is not a reply).
/// </summary>
public sealed class GpuWorkerClient(HttpClient http)
{
    public const string ApiKeyHeader = WorkerProtocol.ApiKeyHeader;

    /// <summary>The worker names the process that answered in this header (replicas share one address).</summary>
    public const string InstanceHeader = WorkerProtocol.InstanceHeader;

    public async Task<GpuDevice> GetDeviceAsync(GpuConnection connection, CancellationToken cancellationToken)
    {
        using var call = connection.Silence?.Call();
        using var request = Request(HttpMethod.Get, connection, WorkerProtocol.Routes.Device);
        using var response = await SendAsync(request, connection, cancellationToken);
        try
        {
            var device = await response.Content.ReadFromJsonAsync<WorkerDevice>(cancellationToken);
            return device is { Name: not null, Kind: not null }
                ? new GpuDevice(device.Kind, device.Name, device.MemoryBytes, device.ComputeUnits, InstanceOf(response), device.RacesPerSecond)
                : throw new JsonException("no device in the reply");
        }
        catch (JsonException exception)
        {
            throw new GpuOffloadException(FallbackReasons.MalformedReply, $"The worker's /device reply is not a device: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Simulates races <paramref name="races"/> of a run on the worker, reporting its progress; the run stops on the worker
    /// when this call is cancelled. The reply names the device that ran them.
    /// </summary>
    public async Task<WorkerReply<RaceShard>> SimulateAsync(GpuConnection connection, RaceSetup setup, SimulationOptions options, RaceRange races, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var call = connection.Silence?.Call();
        using var request = Request(HttpMethod.Post, connection, WorkerProtocol.Routes.Simulations);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(SimulationStream.ContentType));
        // Worker replicas share one address behind a balancer that picks a replica per connection (Aspire's proxy, a
        // Kubernetes service): a kept-alive connection would take every later job to this replica. Ending it with the
        // run makes the next job's connection, and so its replica, a fresh pick (docs/decisions.md).
        request.Headers.ConnectionClose = true;
        request.Content = JsonContent.Create(new SimulationRequest(setup, races.Count, options.Seed, options.KeepPointsMatrix, races.First), options: JsonSerializerOptions.Web);
        using var response = await SendAsync(request, connection, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType != SimulationStream.ContentType)
        {
            throw new GpuOffloadException(FallbackReasons.MalformedReply, $"The worker answered {response.Content.Headers.ContentType} instead of a simulation stream.");
        }

        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var shard = await SimulationStream.ReadAsync(body, new HeardProgress(progress, connection.Silence), connection.Timeout, cancellationToken);
            return shard.Races == races && RaceSimulator.Default.Fits(setup, options, shard)
                ? new(shard, InstanceOf(response)) { Device = HeaderOf(response, WorkerProtocol.DeviceHeader) }
                : throw new InvalidDataException($"Races {shard.Races} of another shape came back for {races} of this race.");
        }
        catch (TimeoutException exception)
        {
            throw new GpuOffloadException(FallbackReasons.Timeout, exception.Message, exception);
        }
        catch (SimulationStreamException exception)
        {
            throw new GpuOffloadException(FallbackReasons.ServerError, $"The worker failed: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is InvalidDataException or JsonException)
        {
            throw new GpuOffloadException(FallbackReasons.MalformedReply, $"The worker's reply is not a simulation: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // EndOfStreamException is an IOException: the stream stopped before its end frame.
            throw new GpuOffloadException(FallbackReasons.WorkerDied, $"The worker stopped answering mid-run: {exception.Message}", exception);
        }
    }

    /// <summary>Scores lineups on the worker; it answers once they are all scored, so the call's timeout bounds the work.</summary>
    public Task<WorkerReply<long[]>> ScoreLineupsAsync(GpuConnection connection, LineupScoringRequest scoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        return PostLineupsAsync(connection, WorkerProtocol.Routes.ScoreLineups, scoring.WriteTo, LineupScoringRequest.ContentType, LineupScoringRequest.ReadScores, scoring.Lineups.Length, "lineup scores", cancellationToken);
    }

    /// <summary>Pays lineups against a contest field on the worker; it answers once they are all paid.</summary>
    public Task<WorkerReply<ContestTally[]>> PayLineupsAsync(GpuConnection connection, LineupPayoutRequest payouts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payouts);
        return PostLineupsAsync(connection, WorkerProtocol.Routes.PayLineups, payouts.WriteTo, LineupPayoutRequest.ContentType, LineupPayoutRequest.ReadTallies, payouts.Lineups.Length, "lineup payouts", cancellationToken);
    }

    /// <summary>Posts a binary lineup request and reads one result per lineup back, every failure named as a fallback reason.</summary>
    private async Task<WorkerReply<T[]>> PostLineupsAsync<T>(
        GpuConnection connection,
        string path,
        Action<Stream> write,
        string contentType,
        Func<Stream, T[]> read,
        int lineups,
        string what,
        CancellationToken cancellationToken)
    {
        using var call = connection.Silence?.Call();
        using var request = Request(HttpMethod.Post, connection, path);
        using (var body = new MemoryStream())
        {
            write(body);
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await SendAsync(request, connection, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType != contentType)
        {
            throw new GpuOffloadException(FallbackReasons.MalformedReply, $"The worker answered {response.Content.Headers.ContentType} instead of {what}.");
        }

        try
        {
            var results = read(new MemoryStream(await response.Content.ReadAsByteArrayAsync(cancellationToken)));
            return results.Length == lineups
                ? new WorkerReply<T[]>(results, InstanceOf(response)) { Device = HeaderOf(response, WorkerProtocol.DeviceHeader) }
                : throw new InvalidDataException($"{results.Length:N0} results came back for {lineups:N0} lineups.");
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            throw new GpuOffloadException(FallbackReasons.MalformedReply, $"The worker's reply is not {what}: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new GpuOffloadException(FallbackReasons.WorkerDied, $"The worker stopped answering mid-reply: {exception.Message}", exception);
        }
    }

    private static string? InstanceOf(HttpResponseMessage response) => HeaderOf(response, InstanceHeader);

    private static string? HeaderOf(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? values.FirstOrDefault() : null;

    private static HttpRequestMessage Request(HttpMethod method, GpuConnection connection, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(connection.BaseAddress, path));
        if (connection.Key is { Value.Length: > 0 } key && key.IsFor(request.RequestUri!))
        {
            request.Headers.Add(ApiKeyHeader, key.Value);
        }

        return request;
    }

    /// <summary>Sends and waits for the response headers within the connection's timeout; a refusal is an exception.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, GpuConnection connection, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(connection.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GpuOffloadException(FallbackReasons.Timeout, $"The worker at {connection.BaseAddress} did not answer within {connection.Timeout.TotalSeconds:N0} s.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new GpuOffloadException(FallbackReasons.Unreachable, $"The worker at {connection.BaseAddress} cannot be reached: {exception.Message}", exception);
        }

        connection.Silence?.Heard();
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var reason = response.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => FallbackReasons.Unauthorized,
                >= HttpStatusCode.InternalServerError => FallbackReasons.ServerError,
                _ => FallbackReasons.Rejected,
            };
            throw new GpuOffloadException(reason, $"The worker answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }
}

/// <summary>Each progress frame of a run is a sign of life: the worker is working, however slowly, not dead.</summary>
file sealed class HeardProgress(IProgress<double>? progress, WorkerSilence? silence) : IProgress<double>
{
    public void Report(double value)
    {
        silence?.Heard();
        progress?.Report(value);
    }
}

internal static class GpuWorkerClientRegistration
{
    public static void AddGpuWorkerClient(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<GpuWorkerOptions>(builder.Configuration.GetSection(GpuWorkerOptions.Section));
        builder.Services.AddSingleton<Settings.GpuKeyHolder>();
        builder.Services.AddScoped<Settings.SettingsStore>();
        builder.Services.AddScoped<GpuConnections>();
        builder.Services.AddScoped<ExecutionRouter>();
        builder.Services.AddOptions<ShardOptions>()
            .Bind(builder.Configuration.GetSection(ShardOptions.Section))
            .Validate(shards => shards.Count >= 2 && shards.SplitAbove >= shards.Count, "GpuWorker:Shards:Count must be at least 2 and at most GpuWorker:Shards:SplitAbove")
            .Validate(shards => shards.WorkerTries >= 1, "GpuWorker:Shards:WorkerTries must be at least 1")
            .Validate(shards => shards.SplitLineupSimulationsAbove >= 1, "GpuWorker:Shards:SplitLineupSimulationsAbove must be positive")
            .Validate(shards => shards.Replicas >= 1, "GpuWorker:Shards:Replicas must be at least 1")
            .ValidateOnStart();
        builder.Services.AddScoped<JobShards>();
        builder.Services.AddScoped<ShardRunner>();
        builder.Services.AddScoped<ShardedSimulation>();
        builder.Services.AddSingleton<LocalThroughput>();
        // Timeouts are the settings' (per call, and between progress reports of a long run), and a failed offload falls
        // back to the CPU instead of being retried: the standard resilience handler would retry a POST and cut long runs.
#pragma warning disable EXTEXP0001 // the one way to take off the handler ServiceDefaults adds to every client; covered by the offload tests
        builder.Services.AddHttpClient<GpuWorkerClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllResilienceHandlers()
            // HttpClient keeps custom headers across a redirect: one to another origin would take the key with it.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
#pragma warning restore EXTEXP0001
    }
}
