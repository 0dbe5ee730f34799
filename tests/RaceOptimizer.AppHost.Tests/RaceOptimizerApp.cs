using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.Testing;

namespace RaceOptimizer.AppHost.Tests;

/// <summary>The whole application started from the real AppHost, with a Redis mode and a data folder of the test's choosing.</summary>
public sealed class RaceOptimizerApp : IAsyncDisposable
{
    public static readonly string[] Resources = ["redis", "gpu", "api", "ui"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The property of a resource snapshot that holds a project's process id (the dashboard's `KnownProperties.Executable.Pid`).</summary>
    private const string ExecutablePid = "executable.pid";

    private readonly DistributedApplication app;

    private RaceOptimizerApp(DistributedApplication app, string dataFolder)
    {
        this.app = app;
        DataFolder = dataFolder;
    }

    /// <summary>Where a resource's http endpoint listens, for clients that are not HttpClients (a browser).</summary>
    public Uri EndpointOf(string resource) => app.GetEndpoint(resource, "http");

    public string DataFolder { get; }

    public static async Task<RaceOptimizerApp> StartAsync(string redisMode, string dataFolder, int apiReplicas = 1, int gpuReplicas = 1)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RaceOptimizer_AppHost>(
            [$"--Redis:Mode={redisMode}", $"--RaceOptimizer:DataFolder={dataFolder}", $"--Api:Replicas={apiReplicas}", $"--Gpu:Replicas={gpuReplicas}", "--Gpu:Accelerator=Cpu", $"--Parameters:access-token={TestAccessToken.Value}"],
            timeout.Token);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());

        var app = await builder.BuildAsync(timeout.Token);
        try
        {
            await app.StartAsync(timeout.Token);
            foreach (var resource in Resources)
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new RaceOptimizerApp(app, dataFolder);
    }

    /// <summary>A client of the resource; the API's is signed in the documented way, as a script's would be.</summary>
    public HttpClient CreateHttpClient(string resource) =>
        resource == "api" ? app.CreateHttpClient(resource).SignedIn() : app.CreateHttpClient(resource);

    /// <summary>The UI's sign-in link as the dashboard shows it, a URL of the `ui` resource.</summary>
    public async Task<Uri> SignInLinkAsync(CancellationToken cancellationToken)
    {
        var ready = await app.ResourceNotifications.WaitForResourceAsync(
            "ui", e => e.Snapshot.Urls.Any(url => url.DisplayProperties.DisplayName == "Sign in"), cancellationToken);
        return new Uri(ready.Snapshot.Urls.First(url => url.DisplayProperties.DisplayName == "Sign in").Url);
    }

    /// <summary>Stops a resource the way the dashboard's Stop button does, and answers once it is down.</summary>
    public async Task StopAsync(string resource, CancellationToken cancellationToken)
    {
        var result = await app.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand, cancellationToken);
        Assert.True(result.Success, result.Message);
    }

    /// <summary>
    /// The process of each replica of <paramref name="resource"/>, by the worker instance id its telemetry and replies
    /// carry (the `service.instance.id` Aspire gives it in OTEL_RESOURCE_ATTRIBUTES), once all <paramref name="replicas"/> run.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> ReplicaProcessesAsync(string resource, int replicas, CancellationToken cancellationToken)
    {
        var processes = new Dictionary<string, int>();
        await foreach (var change in app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            var pid = change.Snapshot.Properties.FirstOrDefault(property => property.Name == ExecutablePid)?.Value;
            var attributes = change.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "OTEL_RESOURCE_ATTRIBUTES")?.Value;
            var instance = attributes?.Split(',').Select(pair => pair.Split('=', 2)).FirstOrDefault(pair => pair is ["service.instance.id", _])?[1];
            if (change.Resource.Name == resource && pid is not null && instance is not null)
            {
                processes[instance] = Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (processes.Count == replicas)
            {
                return processes;
            }
        }

        throw new OperationCanceledException(cancellationToken);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
