using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>A driver's share of the field the sampler aims at, in percent of lineups, and whether it was estimated.</summary>
public readonly record struct OwnershipTarget(double Percent, bool Estimated);

/// <summary>
/// What share of the field each driver should have: the slate's ownership where it gives one, an estimate for every
/// other starter (docs/decisions.md, "Ownership when the user has none"). Targets sum to the roster size x 100%, as a
/// real field's ownership does; a driver not on the grid is owned by nobody.
/// </summary>
public static class OwnershipTargets
{
    /// <summary>How strongly popularity follows the standardized score.</summary>
    private const double Sharpness = 0.75;

    /// <summary>No one driver is in more lineups than this when estimated: even the chalkiest plays are faded by some.</summary>
    private const double MaxEstimatedPercent = 70;

    /// <param name="projection">Each slate driver's projected points, any unit (simulated totals or projections).</param>
    public static IReadOnlyList<OwnershipTarget> Of(LineupSpace open, IReadOnlyList<long> projection, FieldModel model)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(model);
        var (slate, roster) = (open.Slate, open.Contest.RosterSize);
        var drivers = slate.Drivers;
        var starting = Enumerable.Range(0, drivers.Count).Except(LineupSpace.NotStarting(slate)).ToHashSet();
        // A slate whose ownership is all blank or zero has none; once any is given, a listed 0% is the user's word.
        var any = drivers.Any(d => d.Ownership > 0);
        var given = drivers.Select((d, i) => any && starting.Contains(i) ? d.Ownership : null).ToArray();
        var unlisted = starting.Where(i => given[i] is null).ToList();
        var full = roster * 100.0;
        // A real field spends its salary: ownership x salary summed is 100 x the field's mean lineup salary. The estimated
        // drivers bring it to the middle of what the field keeps (the cap less half the unused salary allowed).
        var spend = (open.Contest.SalaryCap - (model.MaxUnusedSalary / 2.0)) * 100;
        var popularity = Popularity(slate, projection, unlisted);
        var listed = given.Sum(g => g ?? 0);
        // Projected ownership rarely sums to exactly the roster's 600%: a file naming every starter is scaled to it, and
        // one naming some that leaves the others no room is scaled down to what the others are estimated to take.
        var scale = unlisted.Count == 0 ? full / Math.Max(listed, 1e-9) : 1;
        if (unlisted.Count > 0 && listed >= full)
        {
            var alone = Spread(Tilted(Popularity(slate, projection, [.. starting]), slate, spend, full), full);
            scale = (full - unlisted.Sum(i => alone[i])) / listed;
        }

        given = [.. given.Select(g => g * scale)];
        var left = Math.Max(0, full - given.Sum(g => g ?? 0));
        var givenSpend = given.Select((g, i) => (g ?? 0) * drivers[i].Salary).Sum();
        var estimate = Spread(Tilted(popularity, slate, spend - givenSpend, left), left);
        return [.. drivers.Select((_, i) => given[i] is { } percent
            ? new OwnershipTarget(percent, false)
            : new OwnershipTarget(estimate.GetValueOrDefault(i), starting.Contains(i)))];
    }

    /// <summary>
    /// Popularity leaned toward cheap or dear drivers (a factor exp(-k x salary in $1,000s), k found by bisection) until
    /// <paramref name="total"/> percent spread by it spends <paramref name="salary"/> (percent x dollars), as near as k in
    /// [-3, 3] allows.
    /// </summary>
    private static Dictionary<int, double> Tilted(Dictionary<int, double> popularity, Slate slate, double salary, double total)
    {
        Dictionary<int, double> Tilt(double k) => popularity.ToDictionary(p => p.Key, p => p.Value * Math.Exp(-k * slate.Drivers[p.Key].Salary / 1_000.0));
        double Spent(double k) => Spread(Tilt(k), total).Sum(s => s.Value * slate.Drivers[s.Key].Salary);
        var (low, high) = (-3.0, 3.0);
        for (var round = 0; round < 40 && popularity.Count > 0; round++)
        {
            var middle = (low + high) / 2;
            (low, high) = Spent(middle) > salary ? (middle, high) : (low, middle);
        }

        return Tilt((low + high) / 2);
    }

    /// <summary>
    /// Popularity from what DFS players look at: projected points, value (points per $1,000) and, where the grid is
    /// known, a deep start (place-differential upside). Each standardized over the drivers estimated, equally weighted.
    /// </summary>
    private static Dictionary<int, double> Popularity(Slate slate, IReadOnlyList<long> projection, IReadOnlyList<int> drivers)
    {
        var points = drivers.Select(i => (double)projection[i]).ToArray();
        var value = drivers.Select(i => projection[i] / (double)Math.Max(1, slate.Drivers[i].Salary)).ToArray();
        var start = drivers.Select(i => (double)(slate.Drivers[i].Start ?? 0)).ToArray();
        var (zPoints, zValue, zStart) = (Standardize(points), Standardize(value), Standardize(start));
        return drivers.Select((driver, k) => (driver, k)).ToDictionary(x => x.driver, x => Math.Exp(Sharpness * (zPoints[x.k] + zValue[x.k] + (0.5 * zStart[x.k]))));
    }

    /// <summary>Shares <paramref name="total"/> percent in proportion to popularity, no driver above the cap (the excess goes to the rest).</summary>
    private static Dictionary<int, double> Spread(Dictionary<int, double> popularity, double total)
    {
        var shares = new Dictionary<int, double>();
        var free = new Dictionary<int, double>(popularity);
        while (free.Count > 0)
        {
            var sum = free.Values.Sum();
            var capped = free.Where(p => sum > 0 && total * p.Value / sum > MaxEstimatedPercent).Select(p => p.Key).ToList();
            if (capped.Count == 0)
            {
                foreach (var (driver, weight) in free)
                {
                    shares[driver] = sum > 0 ? total * weight / sum : total / free.Count;
                }

                break;
            }

            foreach (var driver in capped)
            {
                (shares[driver], total) = (MaxEstimatedPercent, total - MaxEstimatedPercent);
                free.Remove(driver);
            }
        }

        return shares;
    }

    private static double[] Standardize(double[] values)
    {
        if (values.Length == 0)
        {
            return values;
        }

        var mean = values.Average();
        var deviation = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
        return [.. values.Select(v => deviation == 0 ? 0 : (v - mean) / deviation)];
    }
}
