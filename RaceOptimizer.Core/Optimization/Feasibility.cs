using System.Numerics;
using RaceOptimizer.Core.Optimization.Portfolios;

namespace RaceOptimizer.Core.Optimization;

/// <summary>Constraints that contradict each other, found from the request alone before any lineup is ranked.</summary>
internal static class Feasibility
{
    public static void Check(OptimizeRequest request, LineupSpace space)
    {
        var (portfolio, lineups, rules) = (request.Portfolio, request.LineupRules, space.Contest);
        var drivers = request.Slate.Drivers.Count;
        Require(portfolio.Lineups is >= 1 and <= 500, "lineups", "Build 1 to 500 lineups.");
        var entries = (request.Contest ?? ContestSettings.DefaultTournament).Payouts.Entries;
        Require(portfolio.Lineups < entries, "lineups", $"A {entries:N0}-entry contest has room for at most {entries - 1:N0} of your lineups beside the field.");
        CheckDrivers(lineups, space);
        var notStarting = LineupSpace.NotStarting(request.Slate).ToHashSet();
        Require(lineups.SalaryMin is null || lineups.SalaryMin <= space.SalaryMax, "salaryMin", $"The salary minimum is above the maximum of {space.SalaryMax:N0}.");
        Require(lineups.MaxOwnership is null || space.LockedOwnership <= lineups.MaxOwnership, "maxOwnership", "The locked drivers alone are over the ownership cap.");
        Require(lineups.MinOwnership is null || lineups.MinOwnership <= space.OwnershipMax, "minOwnership", "The ownership floor is above the cap.");
        CheckGroups(lineups, space, notStarting);
        Require(portfolio.MinUniqueDrivers >= 1 && portfolio.MinUniqueDrivers <= rules.RosterSize, "minUniqueDrivers", $"Lineups can differ by 1 to {rules.RosterSize} drivers.");
        Require(portfolio.Lineups == 1 || portfolio.MinUniqueDrivers <= space.FreeSlots, "minUniqueDrivers",
            $"With {lineups.Locks.Count} locked drivers, lineups can differ by at most {space.FreeSlots}.");
        Require(portfolio.MaxPairLineups is null || lineups.Locks.Count < 2 || portfolio.MaxPairLineups >= portfolio.Lineups, "maxPairLineups",
            "Two locked drivers are together in every lineup, more often than the pair limit allows.");

        var (least, most) = portfolio.Counts(drivers);
        CheckKept(request, space, least, most);
        foreach (var limit in portfolio.Exposures ?? [])
        {
            var name = request.Slate.Drivers[limit.Driver].Name;
            Require(limit.Min <= limit.Max, "exposures", $"{name}: the minimum exposure is above the maximum.");
            Require(least[limit.Driver] <= most[limit.Driver], "exposures",
                $"{name}: no whole number of the {portfolio.Lineups} lineups lies between {limit.Min:P0} and {limit.Max:P0}.");
            Require(least[limit.Driver] == 0 || !lineups.Excludes.Contains(limit.Driver), "exposures", $"{name} is excluded yet has a minimum exposure.");
            Require(least[limit.Driver] == 0 || !notStarting.Contains(limit.Driver), "exposures", $"{name} is not on the starting grid yet has a minimum exposure.");
            Require(most[limit.Driver] == portfolio.Lineups || !lineups.Locks.Contains(limit.Driver), "exposures", $"{name} is locked into every lineup, over his maximum exposure.");
        }

        var seats = (long)portfolio.Lineups * space.FreeSlots;
        var owed = space.Selectable.Sum(d => (long)least[d]);
        Require(owed <= seats, "exposures", $"The minimum exposures need {owed} places; {portfolio.Lineups} lineups have {seats} open slots.");
        var open = space.Selectable.Sum(d => (long)most[d]);
        Require(open >= seats, "exposures", $"The maximum exposures allow {open} places; {portfolio.Lineups} lineups need {seats}.");
    }

    /// <summary>
    /// The locks and excludes against the roster, the grid and the cap: the checks a slate's saved choices must pass
    /// before any optimization asks for more.
    /// </summary>
    public static void CheckDrivers(LineupRules lineups, LineupSpace space)
    {
        var rules = space.Contest;
        Require(lineups.Locks.Count <= rules.RosterSize, "locks", $"{lineups.Locks.Count} drivers are locked; a lineup holds {rules.RosterSize}.");
        Require(!lineups.Locks.Intersect(lineups.Excludes).Any(), "excludes", "A driver is both locked and excluded.");
        var notStarting = LineupSpace.NotStarting(space.Slate).ToHashSet();
        if (lineups.Locks.FirstOrDefault(notStarting.Contains, -1) is >= 0 and var lockedOut)
        {
            throw new InfeasibleConstraintException("locks", $"{space.Slate.Drivers[lockedOut].Name} is not on the starting grid (did not qualify or withdrew): he scores 0 and cannot be locked.");
        }

        Require(space.Selectable.Count >= space.FreeSlots, "excludes", $"Only {space.Selectable.Count} drivers are left for {space.FreeSlots} open slots.");
        Require(space.LockedSalary <= space.SalaryMax, "locks", $"The locked drivers cost {space.LockedSalary:N0}, over the {space.SalaryMax:N0} maximum.");
        // Against the site's cap, not a requested maximum: this is whether the locks can stand on the slate at all.
        var cheapest = space.LockedSalary + space.Selectable.Select(d => space.Slate.Drivers[d].Salary).Order().Take(space.FreeSlots).Sum();
        Require(cheapest <= rules.SalaryCap, "locks",
            $"The locked drivers cost {space.LockedSalary:N0}; with the cheapest drivers left a lineup costs {cheapest:N0}, over the {rules.SalaryCap:N0} cap.");
    }

    /// <summary>
    /// The kept lineups as lineups of the slate (its roster, its cap, no excluded driver), fewer than the portfolio holds,
    /// and within every driver's exposure: a kept lineup is never dropped, so a cap they break alone is the player's to lift.
    /// </summary>
    private static void CheckKept(OptimizeRequest request, LineupSpace space, int[] least, int[] most)
    {
        var (kept, rules) = (request.Portfolio.Kept, space.Contest);
        Require(kept.Count <= request.Portfolio.Lineups, "keepLineups", $"{kept.Count} lineups are kept; the portfolio holds {request.Portfolio.Lineups}.");
        var excluded = LineupSpace.MaskOf(request.LineupRules.Excludes);
        foreach (var (lineup, i) in kept.Select((lineup, i) => (lineup, i)))
        {
            var key = $"keepLineups[{i}]";
            Require(BitOperations.PopCount(lineup) == rules.RosterSize, key, $"A lineup holds {rules.RosterSize} different drivers; this one holds {BitOperations.PopCount(lineup)}.");
            Require(rules.FitsSalaryCap(space.SalaryOf(lineup)), key, $"The lineup costs {space.SalaryOf(lineup):N0}, over the {rules.SalaryCap:N0} cap.");
            Require((lineup & excluded) == 0, key, $"The lineup holds excluded drivers: {Names(request, lineup & excluded)}.");
            Require(kept.Take(i).All(other => other != lineup), key, "The lineup is kept twice.");
        }

        var counts = request.Portfolio.KeptCounts(request.Slate.Drivers.Count);
        var left = request.Portfolio.Lineups - kept.Count;
        for (var driver = 0; driver < counts.Length; driver++)
        {
            var name = request.Slate.Drivers[driver].Name;
            Require(counts[driver] <= most[driver], "exposures",
                $"{name} is in {counts[driver]} kept lineups, over his maximum of {most[driver]} of the {request.Portfolio.Lineups}: raise his maximum exposure or keep fewer of them.");
            Require(least[driver] - counts[driver] <= left, "exposures",
                $"{name} needs {least[driver]} of the {request.Portfolio.Lineups} lineups; the kept lineups hold him {counts[driver]} times and leave {left} to build.");
        }
    }

    private static string Names(OptimizeRequest request, ulong drivers) => string.Join(", ", LineupSpace.Drivers(drivers).Select(d => request.Slate.Drivers[d].Name));

    /// <summary>Each group against the roster, the locks and the drivers who can still be picked.</summary>
    private static void CheckGroups(LineupRules lineups, LineupSpace space, HashSet<int> notStarting)
    {
        var excluded = lineups.Excludes.Concat(notStarting).ToHashSet();
        foreach (var (group, i) in lineups.Groups.Select((group, i) => (group, i)))
        {
            var key = $"groups[{i}]";
            Require(group.AtLeast <= group.AtMost, key, "The group's least is above its most.");
            Require(group.AtLeast <= space.Contest.RosterSize, key, $"A lineup holds {space.Contest.RosterSize} drivers; the group asks for at least {group.AtLeast}.");
            var locked = group.Drivers.Count(lineups.Locks.Contains);
            Require(locked <= group.AtMost, key, $"{locked} of the group's drivers are locked into every lineup, over its most of {group.AtMost}.");
            var open = group.Drivers.Distinct().Count(d => !excluded.Contains(d));
            Require(open >= group.AtLeast, key, $"Only {open} of the group's drivers can be picked (the others are excluded or not starting); it asks for at least {group.AtLeast}.");
        }
    }

    private static void Require(bool holds, string constraint, string message)
    {
        if (!holds)
        {
            throw new InfeasibleConstraintException(constraint, message);
        }
    }
}
