namespace RaceOptimizer.Api.Tests;

/// <summary>A test class whose every test gets an API of its own (a fresh data folder), disposed after the test.</summary>
public abstract class ApiTest(RedisServer redis) : IAsyncDisposable
{
    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected TestApi Api { get; } = new(redis);

    protected HttpClient Client => Api.Client;

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
