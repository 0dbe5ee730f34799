using System.Security.Cryptography;

namespace RaceOptimizer.Api.Slates;

/// <summary>
/// Ids of imported slates: random, never derived from the files, because users import the same salaries again with the
/// grid after qualifying and both slates must live side by side.
/// </summary>
internal static class SlateIds
{
    // Lower-case letters and digits without look-alikes (0/o, 1/l/i): ids end up in URLs and get read aloud.
    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    // 31^10 is about 8e14: a collision among a user's few thousand slates is not a practical concern.
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);
}
