using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RaceOptimizer.Api.Data;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Runs the submit path once as the API starts, before it reports healthy. A fresh API compiled that path on the first
/// submits it met: under a burst of 50 clients the first wave waited 200-300 ms on the compiler, most of it on the
/// request pipeline (routing, sign-in, binding, problem details) and on EF Core's first insert. So the warm-up sends a
/// refused submit and a job list through the API's own HTTP endpoint, signed in like any script, saves a job in a
/// transaction it rolls back and reads the Redis queue: nothing is kept, queued or announced. Until it is done `/health` says the API is warming
/// up, so the AppHost, the UI and scripts that wait for health send their first job to a warm API.
/// </summary>
public sealed class SubmitWarmUp(
    IServer server,
    IHostApplicationLifetime lifetime,
    IServiceScopeFactory scopes,
    IHttpClientFactory clients,
    AccessToken accessToken,
    ILogger<SubmitWarmUp> logger) : BackgroundService, IHealthCheck
{
    /// <summary>A warm-up that cannot finish in this time (a host starved of CPU) gives way: the API is ready, only colder.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    // A slate id no import creates (ids are generated from names without spaces), so the refused submit reads the slates
    // table as a real one does and stops there.
    private const string NoSlate = "warm up: no such slate";

    private volatile bool done;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(done ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Warming up the submit path."));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenStartedAsync(stoppingToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            limit.CancelAfter(Limit);
            await SaveAndRollBackAsync(limit.Token);
            await RequestAsync(limit.Token);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A warm-up is an optimization: whatever stops it, the API serves as it would have without one.
            logger.LogWarning(exception, "The submit path's warm-up did not finish; the first submits will compile it");
        }
        finally
        {
            done = true;
        }
    }

    /// <summary>The server's addresses are known, and it answers, only once the host has started.</summary>
    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    private async Task SaveAndRollBackAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = await services.GetRequiredService<JobSubmission>().NewJobAsync(WarmUpRequest, rerunOf: null, cancellationToken);
        var db = services.GetRequiredService<RaceOptimizerDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await services.GetRequiredService<JobStore>().AddAsync([job], cancellationToken);
        await transaction.RollbackAsync(cancellationToken);

        // A read of the queue: the submit's push and event then meet a Redis client whose command path has run.
        var queue = services.GetRequiredService<JobQueue>();
        if (queue.IsConnected)
        {
            await queue.WaitingIdsAsync().WaitAsync(cancellationToken);
        }
    }

    private async Task RequestAsync(CancellationToken cancellationToken)
    {
        if (OwnAddress() is not { } address)
        {
            logger.LogDebug("No plain HTTP address to warm the request pipeline through");
            return;
        }

        using var http = clients.CreateClient(nameof(SubmitWarmUp));
        http.BaseAddress = address;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken.Value);
        using var refused = await http.PostAsJsonAsync("/api/jobs", WarmUpRequest, cancellationToken);
        using var listed = await http.GetAsync("/api/jobs?pageSize=1", cancellationToken);
        logger.LogInformation("The submit path is warm: a refused submit answered {Submit}, the job list {List}", (int)refused.StatusCode, (int)listed.StatusCode);
    }

    /// <summary>The server's first http address, a wildcard host read as this machine.</summary>
    private Uri? OwnAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(a => a.StartsWith(Uri.UriSchemeHttp + "://", StringComparison.OrdinalIgnoreCase));
        if (address is null)
        {
            return null;
        }

        var wildcard = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://[::1]", StringComparison.Ordinal);
        return Uri.TryCreate(wildcard, UriKind.Absolute, out var uri) ? uri : null;
    }

    private static JobRequest WarmUpRequest { get; } = JobRequest.For(JobType.Simulate, "warm-up", NoSlate, gpuOffload: false, new SimulateOptions());
}
