using System.Net.Http.Headers;

namespace RaceOptimizer.Testing;

/// <summary>
/// The access token the tests' services are started with, sent the documented way (`Authorization: Bearer`); a new one
/// per test run, so no test can pass by knowing it in advance.
/// </summary>
public static class TestAccessToken
{
    public static readonly string Value = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public static AuthenticationHeaderValue Header => new("Bearer", Value);

    /// <summary>The client, signed in.</summary>
    public static HttpClient SignedIn(this HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = Header;
        return client;
    }
}
