using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.SignIn;

/// <summary>Issue #18 item 1: the API answers only callers that send the install's access token, except for health.</summary>
public sealed class SignInTests(RedisServer redis) : ApiTest(redis)
{
    private const string SeededSlate = "sample-dk-cup-kansas";

    /// <summary>Paths that answer anyone: health for probes, and the API's description, which acts on nothing.</summary>
    private static readonly string[] Open = ["/health", "/alive", "/openapi/", "/scalar/"];

    [Fact]
    public async Task Every_endpoint_but_health_and_the_description_refuses_a_caller_without_the_token()
    {
        var host = Api.Start();
        using var anonymous = host.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (Method: method, Path: PathOf(endpoint))))
            .Where(call => !Open.Any(open => call.Path.StartsWith(open, StringComparison.Ordinal)))
            .ToList();
        Assert.Contains(("DELETE", "/api/slates/x"), endpoints);

        var answers = new List<string>();
        foreach (var (method, path) in endpoints)
        {
            using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancellation);
            if (response.StatusCode != HttpStatusCode.Unauthorized || response.Headers.WwwAuthenticate.ToString() != "Bearer")
            {
                answers.Add($"{method} {path}: {(int)response.StatusCode} {response.Headers.WwwAuthenticate}");
            }
        }

        Assert.Empty(answers);
        Assert.True(endpoints.Count >= 40, $"only {endpoints.Count} endpoints found");
    }

    [Fact]
    public async Task A_refused_write_changes_nothing_and_the_refusal_says_what_to_send()
    {
        using var anonymous = Api.Start().CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        using var refused = await anonymous.DeleteAsync($"/api/slates/{SeededSlate}", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancellation)).RootElement;
        Assert.Equal("Sign-in required", problem.GetProperty("title").GetString());
        Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var slate = await Client.GetAsync($"/api/slates/{SeededSlate}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, slate.StatusCode);
    }

    [Theory]
    [InlineData("Bearer", "not-the-token-of-this-install")]
    [InlineData("Basic", null)]
    [InlineData("Bearer", null)]
    public async Task Another_token_or_scheme_is_refused(string scheme, string? token)
    {
        using var client = Api.Start().CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token ?? (scheme == "Basic" ? TestAccessToken.Value : ""));

        using var response = await client.GetAsync("/api/jobs", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_token_signs_a_caller_in_and_health_needs_none()
    {
        using var anonymous = Api.Start().CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        using var signedIn = await Client.GetAsync("/api/jobs", Cancellation);
        using var health = await anonymous.GetAsync("/health", Cancellation);

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task The_description_tells_its_readers_how_to_sign_in()
    {
        using var anonymous = Api.Start().CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json", Cancellation)).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        Assert.True(document.GetProperty("security")[0].TryGetProperty("Bearer", out _));
    }

    [Fact]
    public void An_api_without_a_token_does_not_start()
    {
        var host = Api.Start(new Dictionary<string, string> { [AccessToken.ConfigurationKey] = "" });

        var refused = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(AccessToken.ConfigurationKey, refused.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The route with every parameter filled in: the token is checked before any parameter is looked at.</summary>
    private static string PathOf(RouteEndpoint endpoint) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment =>
            string.Concat(segment.Parts.Select(part => part is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : "x"))));
}
