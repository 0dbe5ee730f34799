using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// Every lineup a portfolio may use on one slate: the locked drivers plus a choice of the free slots among the drivers
/// neither locked nor excluded, within the salary range, the lineup ownership bounds and the driver groups. A lineup is a bit mask over the
/// slate's driver indices, so a slate holds at most 64 drivers (sites sell about 40). The walk visits each lineup once,
/// in an order the caller gives, and skips whole branches whose salary or ownership can no longer fit.
/// </summary>
public sealed class LineupSpace
{
    public const int MaxDrivers = 64;

    private readonly int[] salaries;
    private readonly double[] ownership;
    private readonly LineupGroup[] groups;

    public LineupSpace(Slate slate, LineupRules rules)
    {
        ArgumentNullException.ThrowIfNull(slate);
        ArgumentNullException.ThrowIfNull(rules);
        if (slate.Drivers.Count > MaxDrivers)
        {
            throw new InfeasibleConstraintException("slate", $"The slate has {slate.Drivers.Count} drivers; the optimizer takes at most {MaxDrivers}.");
        }

        Slate = slate;
        Contest = ContestRules.For(slate.Site);
        Rules = rules;
        salaries = [.. slate.Drivers.Select(d => d.Salary)];
        ownership = [.. slate.Drivers.Select(d => d.Ownership ?? 0)];
        LockedMask = rules.Locks.Aggregate(0UL, (mask, index) => mask | (1UL << index));
        // A driver the grid leaves out scores 0: no lineup may take him, whatever the user excluded.
        var excluded = rules.Excludes.Concat(NotStarting(slate)).Aggregate(0UL, (mask, index) => mask | (1UL << index));
        LockedSalary = rules.Locks.Sum(i => salaries[i]);
        LockedOwnership = rules.Locks.Sum(i => ownership[i]);
        FreeSlots = Contest.RosterSize - rules.Locks.Count;
        Selectable = [.. Enumerable.Range(0, slate.Drivers.Count).Where(i => ((LockedMask | excluded) & (1UL << i)) == 0)];
        SalaryMin = rules.SalaryMin ?? 0;
        SalaryMax = Math.Min(rules.SalaryMax ?? Contest.SalaryCap, Contest.SalaryCap);
        OwnershipMax = rules.MaxOwnership ?? double.PositiveInfinity;
        OwnershipMin = rules.MinOwnership ?? 0;
        groups = [.. rules.Groups];
    }

    public Slate Slate { get; }

    /// <summary>The indices of the slate's drivers missing from its grid (<see cref="Slate.Starts"/>).</summary>
    public static IEnumerable<int> NotStarting(Slate slate)
    {
        ArgumentNullException.ThrowIfNull(slate);
        return Enumerable.Range(0, slate.Drivers.Count).Where(i => !slate.Starts(slate.Drivers[i]));
    }

    public ContestRules Contest { get; }

    public LineupRules Rules { get; }

    public ulong LockedMask { get; }

    public int LockedSalary { get; }

    public double LockedOwnership { get; }

    /// <summary>Roster slots left once the locks are in.</summary>
    public int FreeSlots { get; }

    /// <summary>Slate indices of the drivers the free slots choose from.</summary>
    public IReadOnlyList<int> Selectable { get; }

    public int SalaryMin { get; }

    public int SalaryMax { get; }

    public double OwnershipMax { get; }

    public double OwnershipMin { get; }

    public int SalaryOf(ulong lineup) => Sum(lineup, salaries);

    public double OwnershipOf(ulong lineup)
    {
        var total = 0.0;
        foreach (var driver in Drivers(lineup))
        {
            total += ownership[driver];
        }

        return total;
    }

    /// <summary>Visits every lineup, choosing the free slots in <paramref name="order"/> (a permutation of <see cref="Selectable"/>).</summary>
    public void Walk<TVisitor>(IReadOnlyList<int> order, ref TVisitor visitor)
        where TVisitor : struct, ILineupVisitor => Walk(order, ref visitor, 0, order.Count);

    /// <summary>
    /// Visits the lineups whose first free slot holds a driver at a position of <paramref name="order"/> from
    /// <paramref name="firstFrom"/> up to (not including) <paramref name="firstUntil"/>: disjoint ranges split a walk
    /// over threads.
    /// </summary>
    public void Walk<TVisitor>(IReadOnlyList<int> order, ref TVisitor visitor, int firstFrom, int firstUntil)
        where TVisitor : struct, ILineupVisitor
    {
        ArgumentNullException.ThrowIfNull(order);
        if (FreeSlots == 0)
        {
            if (firstFrom == 0 && Fits(LockedSalary, LockedOwnership) && InGroups(LockedMask, left: 0))
            {
                visitor.Leaf(0, -1, LockedMask, LockedSalary);
            }

            return;
        }

        var walk = new Walker<TVisitor>(this, [.. order]);
        walk.Descend(ref visitor, 0, firstFrom, firstUntil, LockedSalary, LockedOwnership, LockedMask);
    }

    /// <summary>Every lineup of the space, for scoring them all elsewhere.</summary>
    public ulong[] Lineups()
    {
        var collector = new Collector([]);
        Walk(Selectable, ref collector);
        return [.. collector.Lineups];
    }

    /// <summary>The slate indices in a lineup, lowest first.</summary>
    public static IEnumerable<int> Drivers(ulong lineup)
    {
        for (var rest = lineup; rest != 0; rest &= rest - 1)
        {
            yield return System.Numerics.BitOperations.TrailingZeroCount(rest);
        }
    }

    public static ulong MaskOf(IEnumerable<int> drivers) => drivers.Aggregate(0UL, (mask, i) => mask | (1UL << i));

    private bool Fits(int salary, double owned) =>
        salary >= SalaryMin && salary <= SalaryMax && owned <= OwnershipMax + 1e-9 && owned >= OwnershipMin - 1e-9;

    /// <summary>Whether a lineup with <paramref name="left"/> slots still open can end inside every group's bounds.</summary>
    private bool InGroups(ulong mask, int left)
    {
        foreach (var group in groups)
        {
            var taken = System.Numerics.BitOperations.PopCount(mask & group.Mask);
            if (taken > group.AtMost || taken + left < group.AtLeast)
            {
                return false;
            }
        }

        return true;
    }

    private static int Sum(ulong lineup, int[] values)
    {
        var total = 0;
        for (var rest = lineup; rest != 0; rest &= rest - 1)
        {
            total += values[System.Numerics.BitOperations.TrailingZeroCount(rest)];
        }

        return total;
    }

    private readonly record struct Collector(List<ulong> Lineups) : ILineupVisitor
    {
        public WalkStep Enter(int depth, int position) => WalkStep.Descend;

        public WalkStep Leaf(int depth, int position, ulong lineup, int salary)
        {
            Lineups.Add(lineup);
            return WalkStep.Descend;
        }
    }

    /// <summary>One walk's order and the bounds that prune it: for each position and slot count, the least and most salary
    /// (and least and most ownership) the remaining slots can add from that position on.</summary>
    private sealed class Walker<TVisitor>
        where TVisitor : struct, ILineupVisitor
    {
        private readonly LineupSpace space;
        private readonly int[] order;
        private readonly int[,] leastSalary;
        private readonly int[,] mostSalary;
        private readonly double[,] leastOwnership;
        private readonly double[,] mostOwnership;

        public Walker(LineupSpace space, int[] order)
        {
            (this.space, this.order) = (space, order);
            var (n, slots) = (order.Length, space.FreeSlots);
            leastSalary = new int[n + 1, slots + 1];
            mostSalary = new int[n + 1, slots + 1];
            leastOwnership = new double[n + 1, slots + 1];
            mostOwnership = new double[n + 1, slots + 1];
            for (var m = 1; m <= slots; m++)
            {
                (leastSalary[n, m], mostSalary[n, m], leastOwnership[n, m], mostOwnership[n, m]) = (int.MaxValue / 2, int.MinValue / 2, double.PositiveInfinity, double.NegativeInfinity);
            }

            for (var p = n - 1; p >= 0; p--)
            {
                var (salary, owned) = (space.salaries[order[p]], space.ownership[order[p]]);
                for (var m = 1; m <= slots; m++)
                {
                    leastSalary[p, m] = Math.Min(leastSalary[p + 1, m], salary + leastSalary[p + 1, m - 1]);
                    mostSalary[p, m] = Math.Max(mostSalary[p + 1, m], salary + mostSalary[p + 1, m - 1]);
                    leastOwnership[p, m] = Math.Min(leastOwnership[p + 1, m], owned + leastOwnership[p + 1, m - 1]);
                    mostOwnership[p, m] = Math.Max(mostOwnership[p + 1, m], owned + mostOwnership[p + 1, m - 1]);
                }
            }
        }

        public void Descend(ref TVisitor visitor, int depth, int from, int until, int salary, double owned, ulong mask)
        {
            var left = space.FreeSlots - depth - 1; // slots still open after this one
            for (var p = from; p < Math.Min(until, order.Length - left); p++)
            {
                var driver = order[p];
                var (withSalary, withOwned) = (salary + space.salaries[driver], owned + space.ownership[driver]);
                if (withSalary + leastSalary[p + 1, left] > space.SalaryMax
                    || withSalary + mostSalary[p + 1, left] < space.SalaryMin
                    || withOwned + leastOwnership[p + 1, left] > space.OwnershipMax + 1e-9
                    || withOwned + mostOwnership[p + 1, left] < space.OwnershipMin - 1e-9
                    || (space.groups.Length > 0 && !space.InGroups(mask | (1UL << driver), left)))
                {
                    continue;
                }

                if (left == 0)
                {
                    if (visitor.Leaf(depth, p, mask | (1UL << driver), withSalary) == WalkStep.Stop)
                    {
                        return;
                    }

                    continue;
                }

                var step = visitor.Enter(depth, p);
                if (step == WalkStep.Stop)
                {
                    return;
                }

                if (step == WalkStep.Descend)
                {
                    Descend(ref visitor, depth + 1, p + 1, order.Length, withSalary, withOwned, mask | (1UL << driver));
                }
            }
        }
    }
}
