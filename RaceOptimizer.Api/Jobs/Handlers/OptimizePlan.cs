using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Optimization.Portfolios;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// An optimize job's options bound to its slate: player ids turned into the slate's driver indices, and the request
/// checked for contradictions before it is queued, so a bad id or an infeasible rule is a 400, not a failed job.
/// </summary>
internal static class OptimizePlan
{
    public static (OptimizeRequest? Request, Dictionary<string, string[]> Errors) Bind(OptimizeOptions options, Slate slate)
    {
        var errors = new Dictionary<string, string[]>();
        var index = slate.Drivers.Select((d, i) => (d.SiteId, i)).ToDictionary(x => x.SiteId, x => x.i);
        int[] Indices(string field, IEnumerable<string> ids)
        {
            var unknown = ids.Where(id => !index.ContainsKey(id)).ToList();
            if (unknown.Count > 0)
            {
                errors[$"optimize.{field}"] = [$"{string.Join(", ", unknown)} {(unknown.Count == 1 ? "is" : "are")} not on slate '{slate.Id}'"];
            }

            return [.. ids.Where(index.ContainsKey).Select(id => index[id]).Distinct()];
        }

        if (options.Site is { } site && SiteOf(site) != slate.Site)
        {
            errors["optimize.site"] = [$"slate '{slate.Id}' is a {slate.Site} slate"];
        }

        var rules = new LineupRules(Indices("locks", Ids(options.Locks)), Indices("excludes", Ids(options.Excludes)), options.SalaryMin, options.SalaryMax, options.MaxOwnership)
        {
            MinOwnership = options.MinOwnership,
            Groups = [.. options.Groups.Select((group, i) => new LineupGroup(Indices($"groups[{i}].drivers", Ids(group.Drivers!)), group.AtLeast, group.AtMost))],
        };
        var kept = options.KeepLineups.Select((lineup, i) => LineupSpace.MaskOf(Indices($"keepLineups[{i}].drivers", Ids(lineup.Drivers!)))).ToList();
        var given = options.Exposures.Select(e => (Driver: e.Driver!.Trim(), e.Min, e.Max)).ToList();
        Indices("exposures", given.Select(e => e.Driver));
        var exposures = given.Where(e => index.ContainsKey(e.Driver)).Select(e => new ExposureLimit(index[e.Driver], e.Min, e.Max)).ToList();
        if (!options.ObjectiveOf.NeedsSimulations && !options.UsesSimulations && ProjectedPoints.Of(slate) is null)
        {
            errors["optimize.simulations"] = ["the slate has no projections and no average points: give simulations or import projections"];
        }

        if (exposures.DistinctBy(e => e.Driver).Count() != exposures.Count)
        {
            errors.TryAdd("optimize.exposures", ["name each driver once"]);
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var request = new OptimizeRequest(
            slate,
            options.ObjectiveOf,
            new PortfolioRules(options.Lineups, options.MinUniqueDrivers, exposures, options.MaxPairLineups) { MaxTrioLineups = options.MaxTrioLineups, Kept = kept },
            rules,
            Contest: options.Contest?.ToSettings(),
            CandidatePool: options.CandidatePool);
        try
        {
            LineupOptimizer.CheckFeasible(request);
        }
        catch (InfeasibleConstraintException infeasible)
        {
            errors[$"optimize.{infeasible.Constraint}"] = [infeasible.Message];
            return (null, errors);
        }

        return (request, errors);
    }

    private static IEnumerable<string> Ids(IEnumerable<string> ids) => ids.Select(id => id.Trim());

    private static Site SiteOf(string site) => site.ToLowerInvariant() is "dk" or "draftkings" ? Site.DraftKings : Site.FanDuel;
}
