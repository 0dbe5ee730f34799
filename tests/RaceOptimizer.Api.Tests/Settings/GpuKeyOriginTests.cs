using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Api.Tests.Jobs;

namespace RaceOptimizer.Api.Tests.Settings;

/// <summary>A worker key goes only to the origin it was given for, whatever URL the settings are moved to.</summary>
public sealed class GpuKeyOriginTests(RedisServer redis) : ApiTest(redis)
{
    private const string ConfiguredKey = "configured-key-for-the-app-worker";

    [Fact]
    public async Task A_URL_moved_to_another_origin_without_its_key_is_refused_and_the_configured_origin_still_gets_its_key()
    {
        await using var configured = new RecordingListener();
        await using var stranger = new RecordingListener();
        var client = Api.Start(Configured(configured)).CreateClient();

        using var put = await client.PutAsJsonAsync("/api/settings/gpu", new { enabled = true, url = stranger.Address.ToString(), timeoutSeconds = 5 }, Cancellation);
        var problem = await put.ProblemAsync();
        var settings = await client.JsonAsync("/api/settings/gpu");
        await TestConnectionAsync(client);

        Assert.Equal(["apiKey"], problem.Errors!.Keys);
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("url").ValueKind); // nothing changed
        Assert.Equal([ConfiguredKey], configured.ApiKeys);
        Assert.Empty(stranger.Requests);
    }

    [Fact]
    public async Task A_key_entered_with_a_URL_goes_there_and_after_a_restart_the_configured_key_does_not_follow_the_URL()
    {
        await using var configured = new RecordingListener();
        await using var remote = new RecordingListener();
        var client = Api.Start(Configured(configured)).CreateClient();
        using var put = await client.PutAsJsonAsync("/api/settings/gpu", new { enabled = true, url = remote.Address.ToString(), timeoutSeconds = 5, apiKey = "remote-key" }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        await TestConnectionAsync(client);
        // A new process keeps the URL (SQLite) but not the entered key (memory only): the remote worker is asked without one.
        await TestConnectionAsync(Api.Start(Configured(configured)).CreateClient());

        Assert.Equal(2, remote.Requests.Count);
        Assert.Equal(["remote-key"], remote.ApiKeys);
        Assert.Empty(configured.Requests);
    }

    [Fact]
    public async Task Back_to_the_configured_worker_needs_no_key_and_a_redirect_is_not_followed_with_it()
    {
        await using var stranger = new RecordingListener();
        await using var configured = new RecordingListener(_ => $"HTTP/1.1 307 Temporary Redirect\r\nLocation: {stranger.Address}device\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        var client = Api.Start(Configured(configured)).CreateClient();
        using var away = await client.PutAsJsonAsync("/api/settings/gpu", new { enabled = true, url = "http://127.0.0.1:1", timeoutSeconds = 5, apiKey = "other-key" }, Cancellation);
        using var back = await client.PutAsJsonAsync("/api/settings/gpu", new { enabled = true, url = (string?)null, timeoutSeconds = 5 }, Cancellation);

        var result = await TestConnectionAsync(client);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (away.StatusCode, back.StatusCode));
        Assert.Equal([ConfiguredKey], configured.ApiKeys);
        Assert.Empty(stranger.Requests);
        Assert.False(result.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task A_test_of_typed_settings_asks_the_typed_worker_with_only_the_typed_key_and_saves_nothing()
    {
        await using var configured = new RecordingListener();
        await using var typed = new RecordingListener();
        var client = Api.Start(Configured(configured)).CreateClient();
        var withoutKey = new { enabled = true, url = typed.Address.ToString(), timeoutSeconds = 5 };
        var withKey = new { enabled = true, url = typed.Address.ToString(), timeoutSeconds = 5, apiKey = "typed-key" };

        using var first = await client.PostAsJsonAsync("/api/settings/gpu/test", withoutKey, Cancellation);
        using var second = await client.PostAsJsonAsync("/api/settings/gpu/test", withKey, Cancellation);
        using var refused = await client.PostAsJsonAsync("/api/settings/gpu/test", new { enabled = true, url = "ftp://127.0.0.1:21", timeoutSeconds = 5 }, Cancellation);
        var settings = await client.JsonAsync("/api/settings/gpu");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(2, typed.Requests.Count);
        Assert.Equal(["typed-key"], typed.ApiKeys); // the first test went out with no key: the configured one stays home
        Assert.Empty(configured.Requests);
        Assert.Equal(["url"], (await refused.ProblemAsync()).Errors!.Keys);
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("url").ValueKind); // a test saves nothing
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://user:secret@127.0.0.1:5082")]
    public async Task Worker_URLs_are_http_or_https_without_credentials(string url)
    {
        using var put = await Client.PutAsJsonAsync("/api/settings/gpu", new { enabled = true, url, timeoutSeconds = 5, apiKey = "k" }, Cancellation);

        var problem = await put.ProblemAsync();

        Assert.Equal(["url"], problem.Errors!.Keys);
    }

    private static Dictionary<string, string> Configured(RecordingListener worker) => new()
    {
        ["GpuWorker:Url"] = worker.Address.ToString(),
        ["GpuWorker:ApiKey"] = ConfiguredKey,
    };

    private static async Task<JsonElement> TestConnectionAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/settings/gpu/test", content: null, Cancellation);
        return await response.ReadAsync<JsonElement>();
    }
}
