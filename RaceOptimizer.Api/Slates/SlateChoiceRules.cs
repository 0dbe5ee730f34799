using RaceOptimizer.Api.Data;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Api.Slates;

/// <summary>
/// What a slate's locks and excludes must be, wherever they come from (the race page, a restored backup): drivers of the
/// slate that the optimizer's own rules accept.
/// </summary>
internal static class SlateChoiceRules
{
    /// <summary>Each problem by field (`locked[2]`, `locked`, `excluded`); none when the choices can stand.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(SlateRecord slate, DriverChoicesInfo choices)
    {
        var indexOf = IndexOf(slate);
        var unknown = Unknown("locked", choices.Locked ?? [], indexOf).Concat(Unknown("excluded", choices.Excluded ?? [], indexOf)).ToList();
        if (unknown.Count > 0)
        {
            return unknown;
        }

        var problem = DriverChoices.Problem(slate.ToSlate(), Indices(choices.Locked, indexOf), Indices(choices.Excluded, indexOf));
        return problem is null ? [] : [(problem.Constraint == "locks" ? "locked" : "excluded", problem.Message)];
    }

    /// <summary>The choices as kept: each driver once, in slate order.</summary>
    public static DriverChoicesInfo Normalized(SlateRecord slate, DriverChoicesInfo choices)
    {
        var indexOf = IndexOf(slate);
        return new DriverChoicesInfo(
            [.. Indices(choices.Locked, indexOf).Select(i => slate.Drivers[i].SiteId)],
            [.. Indices(choices.Excluded, indexOf).Select(i => slate.Drivers[i].SiteId)]);
    }

    private static Dictionary<string, int> IndexOf(SlateRecord slate) =>
        slate.Drivers.Select((driver, index) => (driver.SiteId, index)).ToDictionary(d => d.SiteId, d => d.index);

    private static IEnumerable<(string Field, string Message)> Unknown(string field, IReadOnlyList<string> siteIds, Dictionary<string, int> indexOf) =>
        siteIds.Select((id, i) => (id, i))
            .Where(entry => entry.id is null || !indexOf.ContainsKey(entry.id))
            .Select(entry => ($"{field}[{entry.i}]", $"'{entry.id}' is not a driver of this slate"));

    private static List<int> Indices(IReadOnlyList<string>? siteIds, Dictionary<string, int> indexOf) =>
        [.. (siteIds ?? []).Where(id => id is not null && indexOf.ContainsKey(id)).Select(id => indexOf[id]).Distinct().Order()];
}
