using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.Api.Data;

namespace RaceOptimizer.Api.Tests;

/// <summary>A test's own API: a fresh data folder, and the hosts started on it.</summary>
public sealed class TestApi(RedisServer redis) : IAsyncDisposable
{
    private readonly TemporaryFolder folder = new();

    public string DataFolder => folder.Path;

    public RedisServer Redis => redis;
    private readonly List<ApiHost> hosts = [];
    private HttpClient? client;

    /// <summary>A client of the first host, started on first use.</summary>
    public HttpClient Client => client ??= Start().CreateClient();

    /// <summary>Another host on the same folder: the API after a restart, or a second replica beside the first.</summary>
    public ApiHost Start(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var host = new ApiHost(redis, folder.Path, settings, services);
        hosts.Add(host);
        return host;
    }

    /// <summary>Looks into the first host's database directly, for what the endpoints do not show.</summary>
    public async Task<T> QueryAsync<T>(Func<RaceOptimizerDb, Task<T>> query)
    {
        _ = Client; // starts the first host when no request has yet
        await using var scope = hosts[0].Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RaceOptimizerDb>());
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        folder.Dispose();
    }
}
