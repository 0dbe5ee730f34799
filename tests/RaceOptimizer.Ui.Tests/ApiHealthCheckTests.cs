using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RaceOptimizer.Ui.Api;

namespace RaceOptimizer.Ui.Tests;

public sealed class ApiHealthCheckTests
{
    private readonly FakeApiHandler api = new();

    [Fact]
    public async Task Healthy_when_the_api_answers_healthy()
    {
        api.Json(HttpMethod.Get, "/health", Payloads.HealthHealthy);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("Healthy", result.Data["apiStatus"]);
    }

    [Fact]
    public async Task Healthy_when_the_api_answers_the_plain_text_report()
    {
        api.Text(HttpMethod.Get, "/health", "Healthy");

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task Unhealthy_with_the_failing_checks_when_the_api_answers_unhealthy()
    {
        api.Json(HttpMethod.Get, "/health", Payloads.HealthRedisDown, HttpStatusCode.ServiceUnavailable);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(
            "The API answered Unhealthy: redis is Unhealthy: It was not possible to connect to the redis server(s).",
            result.Description);
        Assert.Equal("Unhealthy", result.Data["apiStatus"]);
    }

    [Fact]
    public async Task Unhealthy_with_the_status_when_the_api_answers_an_error_without_a_report()
    {
        api.Text(HttpMethod.Get, "/health", "<html>oops</html>", HttpStatusCode.BadGateway);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The API answered 502 Bad Gateway.", result.Description);
    }

    [Fact]
    public async Task Unhealthy_with_the_reason_when_the_api_does_not_answer()
    {
        api.Unreachable(HttpMethod.Get, "/health");

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Could not check api health: the API did not answer (Connection refused (api:443)).", result.Description);
        Assert.IsType<RaceOptimizerApiException>(result.Exception);
    }

    private Task<HealthCheckResult> CheckAsync()
    {
        var client = new SystemClient(new HttpClient(api) { BaseAddress = new Uri("http://api.test/") });
        var check = new ApiHealthCheck(client);
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration(ApiHealthCheck.Name, check, HealthStatus.Unhealthy, tags: null),
        };
        return check.CheckHealthAsync(context, TestContext.Current.CancellationToken);
    }
}
