using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace RaceOptimizer.ServiceDefaults.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_runs_every_check_and_says_why_while_alive_runs_only_the_live_ones()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy("the file is locked"));
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync(cancellation);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var health = await http.GetAsync("/health", cancellation);
        var report = await health.Content.ReadFromJsonAsync<JsonElement>(cancellation);
        using var alive = await http.GetAsync("/alive", cancellation);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        Assert.Equal("the file is locked", report.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        await app.StopAsync(cancellation);
    }
}
