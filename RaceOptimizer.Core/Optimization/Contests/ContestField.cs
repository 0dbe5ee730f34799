using System.Numerics;
using RaceOptimizer.Core.Random;

namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// The opponents' lineups, drawn as the field really builds them (<see cref="FieldModel"/>) and matched to the ownership
/// targets (<see cref="OwnershipTargets"/>). Drawing in proportion to ownership and then keeping only lineups a player
/// would enter under-owns the cheap and the weak, so the field is chosen from a pool of such lineups: the pool is raked
/// (iterative proportional fitting of a weight per driver) until its weighted ownership meets the targets, the field is
/// sampled from it by those weights, and single lineups are then swapped for pool lineups until every driver's share is
/// within <see cref="FieldModel.OwnershipTolerance"/> points of his target (or no swap brings it closer). Each pool
/// lineup draws from its own counter-based stream, so the same seed always gives the same field.
/// </summary>
public sealed class ContestField
{
    /// <summary>Pool lineups drawn per field lineup: enough that even a 1%-owned driver is in a hundred of them.</summary>
    private const int PoolPerLineup = 10;

    private const int RakingRounds = 200;

    private readonly Lazy<Dictionary<ulong, int>> copies;

    private ContestField(IReadOnlyList<ulong> lineups, IReadOnlyList<OwnershipTarget> targets)
    {
        (Lineups, Targets) = (lineups, targets);
        copies = new(() => new Dictionary<ulong, int>(lineups.CountBy(lineup => lineup)));
    }

    public IReadOnlyList<ulong> Lineups { get; }

    /// <summary>Each slate driver's target share of the field, percent, and whether it was estimated.</summary>
    public IReadOnlyList<OwnershipTarget> Targets { get; }

    /// <summary>True when the slate had no ownership at all and every target was estimated.</summary>
    public bool OwnershipEstimated => Targets.All(t => t.Estimated || t.Percent == 0);

    /// <param name="projection">Each slate driver's projected points (any unit): the field's sense of value.</param>
    public static ContestField Draw(LineupSpace open, IReadOnlyList<long> projection, FieldModel model, int size, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(model);
        var targets = OwnershipTargets.Of(open, projection, model);
        var percents = targets.Select(t => t.Percent).ToArray();
        var pool = DrawPool(open, projection, model, percents, size * PoolPerLineup, seed);
        var field = Sample(pool, Rake(pool, percents), size, seed);
        Refine(field, pool, percents, model.OwnershipTolerance);
        return new ContestField(field, targets);
    }

    /// <summary>Each slate driver's share of the field (percent of its lineups) against his target.</summary>
    public IReadOnlyList<FieldOwnership> Ownership()
    {
        var achieved = Shares(Lineups, Targets.Count);
        return [.. Targets.Select((t, i) => new FieldOwnership(i, t.Percent, t.Estimated, achieved[i]))];
    }

    /// <summary>
    /// How many of <paramref name="opponents"/> are expected to enter exactly this lineup: its share of the drawn field,
    /// scaled from the drawn lineups to the opponents they stand for (the same field the contest figures were valued on).
    /// </summary>
    public double Duplicates(ulong lineup, int opponents) => opponents * (double)copies.Value.GetValueOrDefault(lineup) / Math.Max(1, Lineups.Count);

    private static double[] Shares(IReadOnlyList<ulong> lineups, int drivers)
    {
        var counts = new double[drivers];
        foreach (var lineup in lineups)
        {
            foreach (var driver in LineupSpace.Drivers(lineup))
            {
                counts[driver]++;
            }
        }

        return [.. counts.Select(c => 100 * c / Math.Max(1, lineups.Count))];
    }

    /// <summary>Lineups the field would enter, each driver drawn in proportion to his target.</summary>
    private static ulong[] DrawPool(LineupSpace open, IReadOnlyList<long> projection, FieldModel model, double[] weights, int size, ulong seed)
    {
        var best = MeanRanking.Top(open, projection, 1) is [var top, ..] ? top.Score : 0;
        var roster = open.Contest.RosterSize;
        var lineups = new ulong[size];
        for (var lineup = 0; lineup < size; lineup++)
        {
            var random = new CounterRandom(seed, (ulong)lineup);
            var (floor, attempts) = (model.MinProjectionShare * best, 0);
            ulong drawn;
            do
            {
                if (++attempts % model.AttemptsPerLineup == 0)
                {
                    floor *= 0.9; // a floor the ownership can hardly meet is relaxed rather than never finishing
                }

                drawn = DrawLineup(weights, roster, ref random);
            }
            while (!Acceptable(open, projection, model, drawn, floor));

            lineups[lineup] = drawn;
        }

        return lineups;
    }

    /// <summary>
    /// A weight per pool lineup, the product of its drivers' factors, with the factors fitted (raking) so that the
    /// pool's weighted ownership meets the targets as nearly as the pool allows.
    /// </summary>
    private static double[] Rake(ulong[] pool, double[] targets)
    {
        var factors = Enumerable.Repeat(1.0, targets.Length).ToArray();
        var weights = new double[pool.Length];
        var shares = new double[targets.Length];
        for (var round = 0; round < RakingRounds; round++)
        {
            Array.Clear(shares);
            var total = 0.0;
            for (var lineup = 0; lineup < pool.Length; lineup++)
            {
                // Bits walked by hand: this loop runs rounds x pool x roster times, and an enumerator each would be garbage.
                var weight = 1.0;
                for (var rest = pool[lineup]; rest != 0; rest &= rest - 1)
                {
                    weight *= factors[BitOperations.TrailingZeroCount(rest)];
                }

                (weights[lineup], total) = (weight, total + weight);
                for (var rest = pool[lineup]; rest != 0; rest &= rest - 1)
                {
                    shares[BitOperations.TrailingZeroCount(rest)] += weight;
                }
            }

            var worst = 0.0;
            for (var driver = 0; driver < targets.Length; driver++)
            {
                var share = 100 * shares[driver] / total;
                worst = Math.Max(worst, Math.Abs(share - targets[driver]));
                // Damped: every factor moves every other driver's share through the lineups they share.
                factors[driver] *= share > 0 && targets[driver] > 0 ? Math.Clamp(Math.Sqrt(targets[driver] / share), 0.5, 2) : 1;
            }

            if (worst < 0.05)
            {
                break;
            }
        }

        return weights;
    }

    /// <summary>Systematic sampling by weight: each pool lineup taken about size x its share of the weight times.</summary>
    private static ulong[] Sample(ulong[] pool, double[] weights, int size, ulong seed)
    {
        var step = weights.Sum() / size;
        var random = new CounterRandom(seed, ulong.MaxValue);
        var (next, cumulative, lineup) = (random.NextDouble() * step, 0.0, 0);
        var field = new ulong[size];
        for (var taken = 0; taken < size; taken++)
        {
            while (lineup < pool.Length - 1 && cumulative + weights[lineup] <= next)
            {
                cumulative += weights[lineup++];
            }

            field[taken] = pool[lineup];
            next += step;
        }

        return field;
    }

    /// <summary>
    /// Swaps the field's most over-owned lineup for the pool lineup that most reduces the squared ownership error, until
    /// every driver is within the tolerance or no swap helps.
    /// </summary>
    private static void Refine(ulong[] field, ulong[] pool, double[] targets, double tolerance)
    {
        var errors = targets.Select(t => -t * field.Length / 100).ToArray(); // in lineups: achieved minus target
        foreach (var lineup in field)
        {
            foreach (var driver in LineupSpace.Drivers(lineup))
            {
                errors[driver]++;
            }
        }

        var allowed = tolerance * field.Length / 100;
        for (var swap = 0; swap < field.Length && errors.Max(Math.Abs) > allowed; swap++)
        {
            var slot = Enumerable.Range(0, field.Length).MinBy(f => Change(field[f], 0, errors));
            var (replacement, gain) = (0UL, 0.0);
            foreach (var candidate in pool)
            {
                var change = Change(field[slot], candidate, errors);
                if (change < gain)
                {
                    (replacement, gain) = (candidate, change);
                }
            }

            if (replacement == 0)
            {
                break;
            }

            foreach (var driver in LineupSpace.Drivers(field[slot]))
            {
                errors[driver]--;
            }

            foreach (var driver in LineupSpace.Drivers(replacement))
            {
                errors[driver]++;
            }

            field[slot] = replacement;
        }
    }

    /// <summary>
    /// How the sum of squared errors changes when <paramref name="removed"/> gives way to <paramref name="added"/>; with
    /// nothing added, the lower the more over-owned the lineup's drivers are.
    /// </summary>
    private static double Change(ulong removed, ulong added, double[] errors)
    {
        var change = 0.0;
        for (var rest = removed & ~added; rest != 0; rest &= rest - 1)
        {
            change += 1 - (2 * errors[BitOperations.TrailingZeroCount(rest)]);
        }

        for (var rest = added & ~removed; rest != 0; rest &= rest - 1)
        {
            change += 1 + (2 * errors[BitOperations.TrailingZeroCount(rest)]);
        }

        return change;
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
