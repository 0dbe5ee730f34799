using RaceOptimizer.Core.Import;

namespace RaceOptimizer.Api.Apis;

/// <summary>
/// Field errors found so far in one large input (a backup), listed as the import lists a file's problems: the first
/// <see cref="ImportLimits.ListedProblems"/>, then only counted, so a million bad rows cost no more memory than a hundred.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> listed = [];
    private int unlisted;
    private string? firstUnlisted;

    public bool Any => listed.Count > 0;

    public void Add(string field, string message)
    {
        if (listed.Count < ImportLimits.ListedProblems || listed.ContainsKey(field))
        {
            listed[field] = [message];
        }
        else if (unlisted++ == 0)
        {
            firstUnlisted = field;
        }
    }

    /// <summary>In the order found; then, if some were not listed, how many, under the first of them.</summary>
    public Dictionary<string, string[]> ToDictionary()
    {
        var errors = new Dictionary<string, string[]>(listed);
        if (unlisted > 0)
        {
            errors[firstUnlisted!] = [$"{unlisted:N0} more problems from here on are not listed: the check stops listing after {ImportLimits.ListedProblems}"];
        }

        return errors;
    }
}
