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
    /// Even then a near miss of a slate driver the file does not name otherwise stays a problem: it is most likely a typo,
    /// and taking it as another car would leave the slate's driver out of the race.
    /// </summary>
    public Dictionary<string, T> Match<T>(Loaded<IReadOnlyList<T>>? file, Func<T, (int Line, string Driver)> describe, List<T>? others = null)
    {
        var bySlateName = new Dictionary<string, T>();
        if (file?.Value is not { } entries)
        {
            return bySlateName;
        }

        var lines = new Dictionary<string, int>();
        var strangers = new List<(T Entry, int Line, string Driver, string? Suggestion)>();
        foreach (var entry in entries)
        {
            var (line, driver) = describe(entry);
            if (matcher.Match(driver) is not { } match)
            {
                strangers.Add((entry, line, driver, matcher.Suggest(driver)));
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

        foreach (var (entry, line, driver, suggestion) in strangers)
        {
            if (others is not null && (suggestion is null || bySlateName.ContainsKey(suggestion)))
            {
                others.Add(entry);
                continue;
            }

            unmatched.Add(new UnmatchedName(file.Log.File, line, driver, suggestion));
            var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
            file.Log.Add(line, file.DriverColumn, $"driver '{driver}' is not in the salary file {salaryFile}{hint}");
        }

        absent.AddRange(salaries.Drivers.Where(d => !bySlateName.ContainsKey(d.Name)).Select(d => new AbsentDriver(file.Log.File, d.Name)));
        return bySlateName;
    }

    public NameMatchReport Report() => new(matched, unmatched, absent);
}
