using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.Testing;

namespace RaceOptimizer.AppHost.Tests;

/// <summary>The whole application started from the real AppHost, with a Redis mode and a data folder of the test's choosing.</summary>
public sealed class RaceOptimizerApp : IAsyncDisposable
{
    public static readonly string[] Resources = ["redis", "gpu", "api", "ui"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

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

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
