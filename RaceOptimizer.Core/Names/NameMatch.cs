using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.Names;

/// <summary>Which rule matched a name to a known driver; the looser the rule, the more a user should glance at it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NameMatchKind>))]
public enum NameMatchKind
{
    /// <summary>Written exactly alike.</summary>
    Exact,

    /// <summary>Alike once case, accents, punctuation, spacing and suffixes are ignored.</summary>
    Normalized,

    /// <summary>Same first and last name; middle names agree by initial or are left out on one side ("John H. Nemechek" = "John Hunter Nemechek").</summary>
    MiddleName,
}

/// <summary>The known driver a name was matched to.</summary>
public sealed record NameMatch(string Name, NameMatchKind Kind);
