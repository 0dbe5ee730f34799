using Microsoft.Extensions.Caching.Memory;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// Entries files the API filled, kept on the UI server for a short while under a random token, so the browser downloads
/// one by a plain link (`downloads/entries/{token}`), as it downloads every other file, with no script to save bytes.
/// </summary>
public sealed class FilledEntries(IMemoryCache cache)
{
    /// <summary>Long enough to click the link; a file left longer is filled again from the page.</summary>
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    public string Keep(ApiFile file)
    {
        var token = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        cache.Set(Key(token), file, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Kept, Size = file.Content.Length });
        return token;
    }

    public ApiFile? Find(string token) => cache.TryGetValue(Key(token), out ApiFile? file) ? file : null;

    private static string Key(string token) => $"entries:{token}";
}
