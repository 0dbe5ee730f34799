using System.Diagnostics.CodeAnalysis;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Import;

/// <summary>The slate, or the problems of every file together; the name report either way.</summary>
public sealed record SlateImportResult(Slate? Slate, IReadOnlyList<ImportProblem> Problems, NameMatchReport Names)
{
    [MemberNotNullWhen(true, nameof(Slate))]
    public bool Succeeded => Slate is not null;

    /// <summary>What the import changed or assumed about the slate's drivers (none when it failed).</summary>
    public IReadOnlyList<SlateAdjustment> Adjustments => Slate is null ? [] : SlateAdjustment.Of(Slate, Names);
}
