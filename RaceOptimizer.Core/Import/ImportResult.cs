using System.Diagnostics.CodeAnalysis;

namespace RaceOptimizer.Core.Import;

/// <summary>Either what a file holds, or every problem found in it: never a part of the value with some of the problems.</summary>
public sealed class ImportResult<T>
    where T : class
{
    private ImportResult(T? value, IReadOnlyList<ImportProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }

    public IReadOnlyList<ImportProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    internal static ImportResult<T> From(T? value, ProblemLog problems) =>
        problems.Any || value is null ? new(null, problems.Problems) : new(value, []);
}
