using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.Import;

/// <summary>Matches the names of the grid, projection and ownership files to the salary file's drivers, keeping the report.</summary>
internal sealed class SlateNames(SalaryList salaries, string salaryFile)
{
    private readonly DriverNameMatcher matcher = new(salaries.Drivers.Select(d => d.Name));
    private readonly List<MatchedName> matched = [];
    private readonly List<UnmatchedName> unmatched = [];
    private readonly List<AbsentDriver> absent = [];

    /// <summary>
    /// The file's entries by the slate name of their driver. The same driver twice is a problem; so is a name matching no
    /// driver, unless <paramref name="others"/> is given to collect such entries (a grid's cars the slate does not sell).
    /// </summary>
    public Dictionary<string, T> Match<T>(Loaded<IReadOnlyList<T>>? file, Func<T, (int Line, string Driver)> describe, List<T>? others = null)
    {
        var bySlateName = new Dictionary<string, T>();
        if (file?.Value is not { } entries)
        {
            return bySlateName;
        }

        var lines = new Dictionary<string, int>();
        foreach (var entry in entries)
        {
            var (line, driver) = describe(entry);
            var match = matcher.Match(driver);
            if (match is null && others is not null)
            {
                others.Add(entry);
                continue;
            }

            if (match is null)
            {
                var suggestion = matcher.Suggest(driver);
                unmatched.Add(new UnmatchedName(file.Log.File, line, driver, suggestion));
                var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
                file.Log.Add(line, file.DriverColumn, $"driver '{driver}' is not in the salary file {salaryFile}{hint}");
                continue;
            }

            if (!lines.TryAdd(match.Name, line))
            {
                file.Log.Add(line, file.DriverColumn, $"driver '{driver}' is {match.Name}, already on line {lines[match.Name]}");
                continue;
            }

            bySlateName[match.Name] = entry;
            if (match.Kind != NameMatchKind.Exact)
            {
                matched.Add(new MatchedName(file.Log.File, line, driver, match.Name, match.Kind));
            }
        }

        absent.AddRange(salaries.Drivers.Where(d => !bySlateName.ContainsKey(d.Name)).Select(d => new AbsentDriver(file.Log.File, d.Name)));
        return bySlateName;
    }

    public NameMatchReport Report() => new(matched, unmatched, absent);
}
