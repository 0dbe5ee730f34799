using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests;

/// <summary>The API in process, on a real SQLite file in <paramref name="dataFolder"/> and the test run's real Redis.</summary>
/// <param name="services">Changes to the host's services, such as an in-memory exporter of its spans.</param>
public sealed class ApiHost(
    RedisServer redis, string dataFolder, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }

        builder.UseSetting(DataFolder.ConfigurationKey, dataFolder);
        builder.UseSetting(AccessToken.ConfigurationKey, TestAccessToken.Value);
        builder.UseSetting("ConnectionStrings:redis", redis.ConnectionString);
        // Hosts of one folder share a queue (a restart, a second replica); other tests' hosts never see it.
        builder.UseSetting("Jobs:KeyPrefix", $"test:{Path.GetFileName(dataFolder)}:jobs:");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Every client of a test signs in the way scripts do; a test of refusals removes the header.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.SignedIn();
    }
}
