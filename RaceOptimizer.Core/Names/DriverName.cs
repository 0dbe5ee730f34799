namespace RaceOptimizer.Core.Names;

/// <summary>How driver names from different files are compared.</summary>
public static class DriverName
{
    private static readonly HashSet<string> Suffixes = ["jr", "sr", "ii", "iii", "iv"];

    /// <summary>
    /// The comparison key of a name: <see cref="NameText.Fold"/>, then without generational suffixes (files disagree on
    /// "Ricky Stenhouse Jr." versus "Ricky Stenhouse") and with lone initials joined ("A J Allmendinger" = "AJ Allmendinger").
    /// </summary>
    public static string Key(string name) => string.Join(' ', Tokens(name));

    internal static string[] Tokens(string name)
    {
        var words = NameText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && Suffixes.Contains(words[i]))
            {
                continue;
            }

            if (words[i].Length == 1 && i > 0 && words[i - 1].Length == 1)
            {
                tokens[^1] += words[i];
                continue;
            }

            tokens.Add(words[i]);
        }

        return [.. tokens];
    }
}
