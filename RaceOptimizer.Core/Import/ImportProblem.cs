namespace RaceOptimizer.Core.Import;

/// <summary>
/// One thing wrong with an imported file. Line and Column are 1-based; Column is null when the problem concerns a
/// whole row or the whole file, and file-wide problems (empty, too large, wrong kind of file) point at line 1.
/// </summary>
public sealed record ImportProblem(string File, int Line, int? Column, string Message)
{
    public override string ToString() => Column is { } column ? $"{File}({Line},{column}): {Message}" : $"{File}({Line}): {Message}";
}
