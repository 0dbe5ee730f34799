using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.Tests;

/// <summary>The API in process, on a real SQLite file in <paramref name="dataFolder"/> and the test run's real Redis.</summary>
public sealed class ApiHost(RedisServer redis, string dataFolder, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DataFolder.ConfigurationKey, dataFolder);
        builder.UseSetting("ConnectionStrings:redis", redis.ConnectionString);
        // Hosts of one folder share a queue (a restart, a second replica); other tests' hosts never see it.
        builder.UseSetting("Jobs:KeyPrefix", $"test:{Path.GetFileName(dataFolder)}:jobs:");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
