using System.Numerics;

namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// Picks the portfolio one lineup at a time: each is the best candidate that keeps every rule and keeps the rest of the
/// portfolio possible. Exposures are paced, not front-loaded: after k of N lineups a driver may be in at most
/// ceil(max x k / N) of them and must be in at least floor(min x k / N), so the best drivers spread over the whole
/// portfolio and minimums are met on the way rather than forced in at the end. A step no candidate can pace drops the
/// paced minimums, then the paced maximums, and keeps only the hard rules (final caps, and minimums still reachable with
/// the lineups left), so exposures are still met exactly.
/// </summary>
internal sealed class PortfolioBuilder
{
    private readonly LineupSpace space;
    private readonly PortfolioRules rules;
    private readonly int[] least;
    private readonly int[] most;
    private readonly int[] counts;
    private readonly DriverCombinations combinations;
    private readonly List<ulong> chosen = [];
    private readonly int drivers;
    private readonly int maxOverlap;

    public PortfolioBuilder(LineupSpace space, PortfolioRules rules)
    {
        (this.space, this.rules) = (space, rules);
        drivers = space.Slate.Drivers.Count;
        (least, most) = rules.Counts(drivers);
        counts = new int[drivers];
        combinations = new DriverCombinations(drivers, rules.MaxTrioLineups is not null);
        maxOverlap = space.Contest.RosterSize - rules.MinUniqueDrivers;
    }

    /// <param name="kept">The kept lineups (<see cref="PortfolioRules.Kept"/>) as valued by the objective: the portfolio's first lineups, as they are.</param>
    /// <param name="built">Told the count after each lineup joins the portfolio.</param>
    public IReadOnlyList<Candidate> Build(ICandidateOrder order, IReadOnlyList<Candidate> kept, CancellationToken cancellationToken, Action<int>? built = null)
    {
        var portfolio = new List<Candidate>(rules.Lineups);
        foreach (var lineup in kept)
        {
            Add(lineup.Lineup);
            portfolio.Add(lineup);
        }

        var rejections = new Dictionary<string, int>();
        while (portfolio.Count < rules.Lineups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = portfolio.Count + 1;
            var pick = Pick(order, step, Pace.Both, rejections);
            while (pick is null && order.Extend(forPacing: true))
            {
                pick = Pick(order, step, Pace.Both, rejections); // a deeper ranking may hold a lineup on pace
            }

            pick ??= Pick(order, step, Pace.CapsOnly, rejections) ?? Pick(order, step, Pace.None, rejections);
            if (pick is { } found)
            {
                Add(found.Lineup);
                portfolio.Add(found);
                built?.Invoke(portfolio.Count);
            }
            else if (!order.Extend(forPacing: false))
            {
                var culprit = rejections.Count == 0 ? "lineups" : rejections.MaxBy(r => r.Value).Key;
                throw new InfeasibleConstraintException(culprit, $"Only {portfolio.Count} of {rules.Lineups} lineups can be built: {Explain(culprit)}");
            }
        }

        return portfolio;
    }

    private Candidate? Pick(ICandidateOrder order, int step, Pace pace, Dictionary<string, int> rejections)
    {
        var (required, barred, deficit) = Requirements(step, pace);
        var (left, shortOf) = (rules.Lineups - step, ShortMask());
        Eligibility Judge(ulong lineup)
        {
            if (Permanently(lineup) is { } rule)
            {
                rejections[rule] = rejections.GetValueOrDefault(rule) + 1;
                return Eligibility.Never;
            }

            var stillShort = deficit - BitOperations.PopCount(lineup & shortOf);
            if ((lineup & required) != required || (lineup & barred) != 0 || stillShort > left * space.FreeSlots)
            {
                rejections["exposures"] = rejections.GetValueOrDefault("exposures") + 1;
                return Eligibility.NotNow;
            }

            return Eligibility.Eligible;
        }

        foreach (var candidate in order.Current(Judge))
        {
            order.Choose();
            return candidate;
        }

        return null;
    }

    /// <summary>Drivers this step's lineup must hold, drivers it may not hold, and the minimum appearances still owed.</summary>
    private (ulong Required, ulong Barred, int Deficit) Requirements(int step, Pace pace)
    {
        var (required, barred, deficit) = (0UL, 0UL, 0);
        var left = rules.Lineups - step;
        for (var driver = 0; driver < drivers; driver++)
        {
            var owed = least[driver] - counts[driver];
            deficit += Math.Max(0, owed);
            var due = pace == Pace.Both ? (int)((long)least[driver] * step / rules.Lineups) : 0;
            if (owed > left || counts[driver] < due)
            {
                required |= 1UL << driver;
            }

            var allowed = pace != Pace.None ? (int)(((long)most[driver] * step) + rules.Lineups - 1) / rules.Lineups : most[driver];
            if (counts[driver] >= allowed)
            {
                barred |= 1UL << driver;
            }
        }

        return (required, barred, deficit);
    }

    private ulong ShortMask()
    {
        var mask = 0UL;
        for (var driver = 0; driver < drivers; driver++)
        {
            mask |= counts[driver] < least[driver] ? 1UL << driver : 0;
        }

        return mask;
    }

    /// <summary>The rule a lineup breaks whatever comes later, or null.</summary>
    private string? Permanently(ulong lineup)
    {
        foreach (var driver in LineupSpace.Drivers(lineup))
        {
            if (counts[driver] >= most[driver])
            {
                return "exposures";
            }
        }

        if (rules.MaxPairLineups is { } maxPair && combinations.MostOfAPair(lineup) >= maxPair)
        {
            return "maxPairLineups";
        }

        if (rules.MaxTrioLineups is { } maxTrio && combinations.MostOfATrio(lineup) >= maxTrio)
        {
            return "maxTrioLineups";
        }

        foreach (var other in chosen)
        {
            if (BitOperations.PopCount(lineup & other) > maxOverlap)
            {
                return "minUniqueDrivers";
            }
        }

        return null;
    }

    private void Add(ulong lineup)
    {
        chosen.Add(lineup);
        foreach (var driver in LineupSpace.Drivers(lineup))
        {
            counts[driver]++;
        }

        combinations.Tally(lineup, +1);
    }

    /// <summary>How much of the exposure pacing a step keeps: minimums are the first to give way, then maximums.</summary>
    private enum Pace
    {
        Both,
        CapsOnly,
        None,
    }

    private string Explain(string culprit) => culprit switch
    {
        "minUniqueDrivers" => $"no other lineup differs from every chosen one by at least {rules.MinUniqueDrivers} drivers.",
        "maxPairLineups" => $"every other lineup repeats a pair of drivers already in {rules.MaxPairLineups} lineups.",
        "maxTrioLineups" => $"every other lineup repeats three drivers already together in {rules.MaxTrioLineups} lineups.",
        "exposures" => "no other lineup keeps every driver within his exposure limits.",
        _ => "the salary range, ownership bounds, groups, locks and excludes leave too few lineups.",
    };
}
