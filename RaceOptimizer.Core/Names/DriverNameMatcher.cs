namespace RaceOptimizer.Core.Names;

/// <summary>Finds, for a name written in one file, the same driver among the names of another.</summary>
public sealed class DriverNameMatcher
{
    private readonly Dictionary<string, string> byKey = [];
    private readonly List<(string Name, string[] Tokens)> drivers = [];

    /// <param name="names">The known drivers. Should two share a key, the first is kept: importers reject such files.</param>
    public DriverNameMatcher(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var tokens = DriverName.Tokens(name);
            if (byKey.TryAdd(string.Join(' ', tokens), name))
            {
                drivers.Add((name, tokens));
            }
        }
    }

    public NameMatch? Match(string name)
    {
        var tokens = DriverName.Tokens(name);
        if (byKey.TryGetValue(string.Join(' ', tokens), out var known))
        {
            return new NameMatch(known, string.Equals(known, name, StringComparison.Ordinal) ? NameMatchKind.Exact : NameMatchKind.Normalized);
        }

        // Only an unambiguous middle-name match counts: two candidates mean the file needs a human.
        var candidates = drivers.Where(d => MiddleNamesAgree(d.Tokens, tokens)).Take(2).ToList();
        return candidates.Count == 1 ? new NameMatch(candidates[0].Name, NameMatchKind.MiddleName) : null;
    }

    /// <summary>The known name closest to a misspelt one (a few letters off), for "did you mean" messages.</summary>
    public string? Suggest(string name)
    {
        var key = DriverName.Key(name);
        var tolerance = Math.Max(2, key.Length / 5);
        return drivers
            .Select(d => (d.Name, Distance: EditDistance(key, string.Join(' ', d.Tokens))))
            .Where(d => d.Distance <= tolerance)
            .OrderBy(d => d.Distance)
            .Select(d => d.Name)
            .FirstOrDefault();
    }

    private static bool MiddleNamesAgree(string[] a, string[] b)
    {
        if (a.Length < 2 || b.Length < 2 || a[0] != b[0] || a[^1] != b[^1])
        {
            return false;
        }

        var middleA = a[1..^1];
        var middleB = b[1..^1];
        if (middleA.Length == 0 || middleB.Length == 0)
        {
            return middleA.Length != middleB.Length;
        }

        return middleA.Length == middleB.Length && middleA.Zip(middleB).All(p => p.First == p.Second || IsInitialOf(p.First, p.Second) || IsInitialOf(p.Second, p.First));
    }

    private static bool IsInitialOf(string initial, string word) => initial.Length == 1 && word.StartsWith(initial, StringComparison.Ordinal);

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
