namespace RaceOptimizer.Core.Import;

/// <summary>
/// The problems found so far in one file: importers keep going after the first so users fix them all at once. Past
/// <see cref="ImportLimits.ListedProblems"/> the rest are only counted (a garbage file has one per cell, and listing a
/// million of them helps no one and costs memory): the list ends with one problem saying how many more there are.
/// </summary>
internal sealed class ProblemLog(string file)
{
    private readonly List<ImportProblem> problems = [];
    private int unlisted;
    private int firstUnlistedLine;

    public string File => file;

    public bool Any => problems.Count > 0;

    /// <summary>In file order, as a user fixes them; then, if some were not listed, how many.</summary>
    public IReadOnlyList<ImportProblem> Problems
    {
        get
        {
            List<ImportProblem> listed = [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column ?? 0)];
            if (unlisted > 0)
            {
                listed.Add(new ImportProblem(file, firstUnlistedLine, null, $"{unlisted:N0} more problems from here on are not listed: the import stops listing after {ImportLimits.ListedProblems}"));
            }

            return listed;
        }
    }

    public void Add(int line, int? column, string message)
    {
        if (problems.Count < ImportLimits.ListedProblems)
        {
            problems.Add(new ImportProblem(file, line, column, message));
        }
        else if (unlisted++ == 0)
        {
            firstUnlistedLine = line;
        }
    }
}
