using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.Import;

/// <summary>How the names in the grid, projection and ownership files lined up with the salary file's drivers.</summary>
/// <param name="Matched">Names matched although written differently: worth a glance.</param>
/// <param name="Unmatched">Names that match no driver (each is also an import problem).</param>
/// <param name="Absent">Slate drivers a file does not mention (in a grid: drivers who will not start).</param>
public sealed record NameMatchReport(IReadOnlyList<MatchedName> Matched, IReadOnlyList<UnmatchedName> Unmatched, IReadOnlyList<AbsentDriver> Absent)
{
    public static NameMatchReport Empty { get; } = new([], [], []);
}

public sealed record MatchedName(string File, int Line, string Name, string SlateName, NameMatchKind How);

public sealed record UnmatchedName(string File, int Line, string Name, string? Suggestion);

public sealed record AbsentDriver(string File, string SlateName);
