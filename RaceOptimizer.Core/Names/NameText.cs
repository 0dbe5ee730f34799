using System.Globalization;
using System.Text;

namespace RaceOptimizer.Core.Names;

/// <summary>The folding every name lookup shares, so files typed by hand match files exported by machines.</summary>
internal static class NameText
{
    /// <summary>
    /// Lower case without accents; apostrophes and periods vanish ("O'Reilly" = "oreilly", "A.J." = "aj"); any
    /// other punctuation separates words; one space between words.
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
