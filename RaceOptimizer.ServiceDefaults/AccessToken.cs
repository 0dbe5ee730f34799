using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace RaceOptimizer.ServiceDefaults;

/// <summary>
/// The one credential of an install: scripts send it to the API as a bearer token, a person opens the UI's sign-in
/// link with it. The AppHost generates it on first run (its `access-token` parameter, kept in user secrets) and hands
/// it to the API and the UI as <see cref="ConfigurationKey"/>.
/// </summary>
public sealed class AccessToken
{
    /// <summary>Configuration key (environment variable `RaceOptimizer__AccessToken`).</summary>
    public const string ConfigurationKey = "RaceOptimizer:AccessToken";

    /// <summary>Shorter tokens can be guessed; the AppHost generates 32 characters.</summary>
    public const int MinLength = 16;

    private readonly byte[] expected;

    public AccessToken(string value)
    {
        if (value.Length < MinLength)
        {
            throw new ArgumentException($"An access token has at least {MinLength} characters.", nameof(value));
        }

        Value = value;
        expected = SHA256.HashData(Encoding.UTF8.GetBytes(value));
    }

    public string Value { get; }

    /// <summary>
    /// The token as configured; a service without one does not start, since it would either be open to anyone or
    /// refuse everyone.
    /// </summary>
    public static AccessToken From(IConfiguration configuration) =>
        configuration[ConfigurationKey] is { Length: >= MinLength } value
            ? new AccessToken(value)
            : throw new InvalidOperationException(
                $"No access token is configured ({ConfigurationKey}, at least {MinLength} characters). The AppHost sets it from its "
                + "`access-token` parameter; a service started on its own needs it set, for example as the environment variable "
                + "RaceOptimizer__AccessToken.");

    /// <summary>
    /// Compares hashes in constant time, so the time of a refusal tells neither how much of a guess was right nor how
    /// long the token is.
    /// </summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), expected);
}
