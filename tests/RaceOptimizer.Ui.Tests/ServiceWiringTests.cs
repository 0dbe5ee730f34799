using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Testing;
using RaceOptimizer.Ui.Api;

namespace RaceOptimizer.Ui.Tests;

/// <summary>The UI's services as Program.cs builds them (ServiceDefaults included), with only the network faked.</summary>
public sealed class ServiceWiringTests : IDisposable
{
    private readonly FakeApiHandler api = new();
    private readonly IHost host;

    public ServiceWiringTests()
    {
        var builder = Host.CreateApplicationBuilder();
        // What the AppHost injects for `WithReference(api)`: the API's endpoint under its service name.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:api:http:0"] = "http://localhost:5999",
            [AccessToken.ConfigurationKey] = TestAccessToken.Value, // what the AppHost injects from its access-token parameter
        });
        builder.AddServiceDefaults();
        builder.AddApplicationServices();
        builder.Services.AddHttpClient(ApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => api);
        host = builder.Build();
    }

    [Fact]
    public void The_api_check_is_registered_for_readiness_only()
    {
        var registrations = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        var api = Assert.Single(registrations, registration => registration.Name == "api");
        Assert.DoesNotContain("live", api.Tags);
        Assert.Equal(HealthStatus.Unhealthy, api.FailureStatus);
    }

    [Fact]
    public async Task The_client_reaches_the_api_through_service_discovery()
    {
        api.Json(HttpMethod.Get, "/api/system", Payloads.System);

        var system = await Client.GetSystemAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", system.Database.JournalMode);
        Assert.Equal(("GET", "/api/system"), (api.Requests[0].Method.Method, api.Requests[0].Path));
    }

    [Fact]
    public async Task Every_call_to_the_api_carries_the_access_token_as_a_bearer_token()
    {
        api.Json(HttpMethod.Get, "/api/system", Payloads.System);

        await Client.GetSystemAsync(TestContext.Current.CancellationToken);

        Assert.Equal($"Bearer {TestAccessToken.Value}", Assert.Single(api.Authorizations));
    }

    [Fact]
    public async Task A_read_is_retried_after_a_transient_error()
    {
        api.Json(HttpMethod.Get, "/api/system", "{}", HttpStatusCode.ServiceUnavailable)
            .Json(HttpMethod.Get, "/api/system", Payloads.System);

        await Client.GetSystemAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, api.CountOf(HttpMethod.Get, "/api/system"));
    }

    [Fact]
    public async Task A_self_test_post_is_never_retried()
    {
        api.Json(HttpMethod.Post, "/api/system/self-tests", "{}", HttpStatusCode.ServiceUnavailable)
            .Json(HttpMethod.Post, "/api/system/self-tests", Payloads.SelfTestPassed);

        var error = await Assert.ThrowsAsync<RaceOptimizerApiException>(() => Client.RunSelfTestAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1, api.CountOf(HttpMethod.Post, "/api/system/self-tests"));
    }

    [Fact]
    public async Task The_health_probe_is_sent_once_and_reports_the_unhealthy_api()
    {
        api.Json(HttpMethod.Get, "/health", Payloads.HealthRedisDown, HttpStatusCode.ServiceUnavailable);

        var report = await host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["api"].Status);
        Assert.Contains("redis is Unhealthy", report.Entries["api"].Description);
        Assert.Equal(HealthStatus.Healthy, report.Entries["self"].Status);
        Assert.Equal(1, api.CountOf(HttpMethod.Get, "/health"));
    }

    private SystemClient Client => host.Services.GetRequiredService<SystemClient>();

    public void Dispose() => host.Dispose();
}
