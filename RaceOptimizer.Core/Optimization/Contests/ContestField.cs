using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// The opponents' lineups, drawn from projected ownership as the field really builds them (<see cref="FieldModel"/>).
/// Each opponent draws from its own counter-based stream, so the same seed always gives the same field.
/// </summary>
public sealed class ContestField
{
    private ContestField(IReadOnlyList<ulong> lineups, bool ownershipEstimated) => (Lineups, OwnershipEstimated) = (lineups, ownershipEstimated);

    public IReadOnlyList<ulong> Lineups { get; }

    /// <summary>True when the slate had no ownership and it was estimated from the projections.</summary>
    public bool OwnershipEstimated { get; }

    /// <param name="projection">Each slate driver's projected points (any unit): the field's sense of value.</param>
    public static ContestField Draw(LineupSpace open, IReadOnlyList<long> projection, FieldModel model, int size, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(model);
        var slate = open.Slate;
        var estimated = slate.Drivers.All(d => d.Ownership is null or 0);

        // Without ownership, popularity follows the projection squared: the field piles onto the obvious stars.
        var weights = slate.Drivers.Select((d, i) => estimated ? Math.Pow(Math.Max(projection[i], 0), 2) : d.Ownership ?? 0).ToArray();
        var best = MeanRanking.Top(open, projection, 1) is [var top, ..] ? top.Score : 0;
        var roster = open.Contest.RosterSize;
        var lineups = new ulong[size];
        for (var opponent = 0; opponent < size; opponent++)
        {
            var random = new CounterRandom(seed, (ulong)opponent);
            var (floor, attempts) = (model.MinProjectionShare * best, 0);
            ulong lineup;
            do
            {
                if (++attempts % model.AttemptsPerLineup == 0)
                {
                    floor *= 0.9; // a floor the ownership can hardly meet is relaxed rather than never finishing
                }

                lineup = DrawLineup(weights, roster, ref random);
            }
            while (!Acceptable(open, projection, model, lineup, floor));

            lineups[opponent] = lineup;
        }

        return new ContestField(lineups, estimated);
    }

    /// <summary>Each driver's share of the field (percent of its lineups) against the slate's ownership, when it gave one.</summary>
    public IReadOnlyList<FieldOwnership> Ownership(Slate slate)
    {
        ArgumentNullException.ThrowIfNull(slate);
        var counts = new int[slate.Drivers.Count];
        foreach (var lineup in Lineups)
        {
            foreach (var driver in LineupSpace.Drivers(lineup))
            {
                counts[driver]++;
            }
        }

        return [.. slate.Drivers.Select((d, i) => new FieldOwnership(i, OwnershipEstimated ? null : d.Ownership, 100.0 * counts[i] / Lineups.Count))];
    }

    private static bool Acceptable(LineupSpace open, IReadOnlyList<long> projection, FieldModel model, ulong lineup, double floor)
    {
        if (lineup == 0)
        {
            return false;
        }

        var salary = open.SalaryOf(lineup);
        return salary <= open.Contest.SalaryCap
            && salary >= open.Contest.SalaryCap - model.MaxUnusedSalary
            && LineupSpace.Drivers(lineup).Sum(d => projection[d]) >= floor;
    }

    /// <summary>Draws drivers one by one without replacement, each in proportion to its weight; 0 when too few have weight.</summary>
    private static ulong DrawLineup(double[] weights, int roster, ref CounterRandom random)
    {
        var remaining = weights.Sum();
        var lineup = 0UL;
        for (var slot = 0; slot < roster; slot++)
        {
            if (remaining <= 0)
            {
                return 0;
            }

            var pick = random.NextDouble() * remaining;
            var chosen = -1;
            for (var driver = 0; driver < weights.Length; driver++)
            {
                if ((lineup & (1UL << driver)) != 0 || weights[driver] <= 0)
                {
                    continue;
                }

                chosen = driver; // rounding can run the pick past the end: the last available driver then takes it
                if ((pick -= weights[driver]) < 0)
                {
                    break;
                }
            }

            if (chosen < 0)
            {
                return 0;
            }

            lineup |= 1UL << chosen;
            remaining -= weights[chosen];
        }

        return lineup;
    }
}
