namespace RaceOptimizer.Core.Import;

/// <summary>The problems found so far in one file: importers keep going after the first so users fix them all at once.</summary>
internal sealed class ProblemLog(string file)
{
    private readonly List<ImportProblem> problems = [];

    public string File => file;

    public bool Any => problems.Count > 0;

    /// <summary>In file order, as a user fixes them.</summary>
    public IReadOnlyList<ImportProblem> Problems => [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column ?? 0)];

    public void Add(int line, int? column, string message) => problems.Add(new ImportProblem(file, line, column, message));
}
