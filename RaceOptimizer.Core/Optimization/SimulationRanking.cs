namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The best lineups by a simulation objective (tail, percentile, cvar), exactly, over every lineup of the space. The walk
/// keeps each depth's partial points per simulation, and the lineups that differ only in their last driver are scored
/// together: tail counts them against one floor per simulation (target less the partial points, <see cref="ReachCounter"/>),
/// and the percentile counts how many simulations reach the score to beat that way and selects only for those that can
/// win; both skip the batch when the best of its last drivers in each simulation could not make one enter. Cvar skips
/// branches whose drivers' own best-alpha sums (an upper bound of the lineup's) cannot win, and bounds against the cut of
/// the latest lineup kept (count x cut + the excess over it, true for any cut): a third-from-last driver with the best
/// two after him, a batch with the best of its last drivers (<see cref="SimulationMath.ExcessOfSum"/>), then each of its
/// lineups in one pass (<see cref="SimulationMath.ExcessOver{T}"/>); only those that can win select exactly. First
/// slots are spread over the cores; each core keeps its own best and the lists merge at the end in one total order.
/// </summary>
public static class SimulationRanking
{

    public static Candidate[] Top(LineupSpace space, SimulatedPoints points, Objective objective, ReadOnlySpan<int> thresholds, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(objective);
        var plan = new Plan(space, points, objective, thresholds);
        var total = new TopCandidates(count);
        if (space.FreeSlots == 0)
        {
            var visitor = plan.Visitor(count);
            space.Walk(plan.Order, ref visitor);
            visitor.Flush();
            return visitor.Top.Ranked();
        }

        Parallel.For(
            0,
            plan.Order.Length,
            Parallelism.Bounded(cancellationToken),
            () => plan.Visitor(count),
            (first, _, visitor) =>
            {
                space.Walk(plan.Order, ref visitor, first, first + 1);
                visitor.Flush();
                return visitor;
            },
            visitor =>
            {
                lock (total)
                {
                    total.Merge(visitor.Top);
                }
            });
        return total.Ranked();
    }

    /// <summary>The per-driver numbers one ranking shares across its threads.</summary>
    private sealed class Plan
    {
        public Plan(LineupSpace space, SimulatedPoints points, Objective objective, ReadOnlySpan<int> thresholds)
        {
            (Space, Points, Objective) = (space, points, objective);
            Targets = objective.Kind == ObjectiveKind.Tail ? ReachCounter.Bounded(thresholds) : [];
            if (objective.Kind == ObjectiveKind.Cvar)
            {
                ReachCounter.Check(points); // the bound's differences stay within 32 bits
                var scratch = new int[points.Simulations];
                TailSums = [.. Enumerable.Range(0, points.Drivers).Select(d =>
                {
                    points.Of(d).CopyTo(scratch);
                    return SimulationMath.SumOfLargest(scratch, objective.TailCount(points.Simulations));
                })];
                Order = [.. space.Selectable.OrderByDescending(d => TailSums[d]).ThenBy(d => d)];
                Rows = [.. Enumerable.Range(0, points.Drivers).Select(d => points.Of(d).ToArray()), new int[points.Simulations]];
                Best = new int[Order.Length][];
                for (var position = Order.Length - 1; position >= 0; position--)
                {
                    var row = Rows[Order[position]];
                    Best[position] = position == Order.Length - 1 ? row : [.. row.Zip(Best[position + 1], Math.Max)];
                }

                var fits = Rows.All(row => row.All(p => Math.Abs(p) <= SimulationMath.NarrowPoints));
                NarrowRows = fits ? SimulationMath.Biased(Rows) : null;
            }
            else
            {
                TailSums = [];
                Rows = [];
                Best = [];
                Order = [.. space.Selectable.OrderByDescending(d => points.Totals[d]).ThenBy(d => d)];
            }

            Reach = objective.Kind is ObjectiveKind.Tail or ObjectiveKind.Percentile ? ReachCounter.For(points, Order) : null;
            BestTailSums = new long[Order.Length + 1];
            for (var p = 0; p < Order.Length && TailSums.Length > 0; p++)
            {
                BestTailSums[p + 1] = BestTailSums[p] + TailSums[Order[p]];
            }
        }

        public LineupSpace Space { get; }

        public SimulatedPoints Points { get; }

        public Objective Objective { get; }

        /// <summary>For tail: the thresholds as <see cref="ReachCounter"/> takes them.</summary>
        public int[] Targets { get; }

        public int[] Order { get; }

        /// <summary>For tail and percentile: the drivers' points as the batch of last drivers compares them.</summary>
        public ReachCounter? Reach { get; }

        /// <summary>For cvar: each driver's sum of his own best alpha share of simulations.</summary>
        public long[] TailSums { get; }

        /// <summary>For cvar: each driver's points, and a row of zeros (index <see cref="SimulatedPoints.Drivers"/>) for no driver.</summary>
        public int[][] Rows { get; }

        /// <summary>For cvar: each simulation's best points of the drivers from each position of <see cref="Order"/> on.</summary>
        public int[][] Best { get; }

        /// <summary>For cvar: <see cref="Rows"/> in 16 bits offset by 2^15 (<see cref="SimulationMath.Biased"/>), where every driver's points fit.</summary>
        public ushort[][]? NarrowRows { get; }

        /// <summary>For cvar: prefix sums of <see cref="TailSums"/> along <see cref="Order"/>.</summary>
        public long[] BestTailSums { get; }

        public SimulationVisitor Visitor(int count) => new(this, new TopCandidates(count));
    }

    private struct SimulationVisitor : ILineupVisitor
    {
        private readonly Plan plan;
        private readonly int[][] partial;
        private readonly long[] partialTotal;
        private readonly long[] partialTailSum;
        private readonly int[] scratch;
        private readonly int[] floors;
        private readonly ushort[] narrowFloors;
        private readonly long[] excess;
        private readonly int percentileIndex;
        private readonly int tailCount;
        private readonly ReachCounter? reach;
        private readonly LastDrivers last;

        /// <summary>For cvar: the least of the best outcomes of the latest lineup that entered the kept list.</summary>
        private int tailCut;

        /// <summary>For cvar: the cut the floors were taken against, and what their 16-bit bounds leave out of every excess.</summary>
        private int floorCut;
        private long leftOut;

        public SimulationVisitor(Plan plan, TopCandidates top)
        {
            this.plan = plan;
            Top = top;
            var (slots, simulations) = (plan.Space.FreeSlots, plan.Points.Simulations);
            partial = [.. Enumerable.Range(0, slots + 1).Select(_ => new int[simulations])];
            partialTotal = new long[slots + 1];
            partialTailSum = new long[slots + 1];
            scratch = new int[simulations];
            floors = plan.Rows.Length > 0 && plan.NarrowRows is null ? new int[simulations] : [];
            narrowFloors = plan.NarrowRows is null ? [] : new ushort[simulations];
            excess = plan.Rows.Length > 0 ? new long[plan.Order.Length + 1] : [];
            foreach (var driver in LineupSpace.Drivers(plan.Space.LockedMask))
            {
                SimulationMath.Add(partial[0], plan.Points.Of(driver), partial[0]);
                partialTotal[0] += plan.Points.Totals[driver];
                partialTailSum[0] += plan.TailSums.Length > 0 ? plan.TailSums[driver] : 0;
            }

            percentileIndex = plan.Objective.PercentileIndex(simulations);
            tailCount = plan.Objective.TailCount(simulations);
            reach = plan.Reach?.ForThread();
            last = new LastDrivers(plan.Order.Length + 1, simulations, reach?.Nobody ?? plan.Points.Drivers);
        }

        public TopCandidates Top { get; }

        public WalkStep Enter(int depth, int position)
        {
            Flush(); // the waiting lineups read partial sums this entry is about to overwrite
            var driver = plan.Order[position];
            if (reach is not null && depth == plan.Space.FreeSlots - 2)
            {
                last.BeforeLast = driver; // his points join the floors of the lineups he leads to, in the same pass
                return WalkStep.Descend;
            }

            if (plan.Objective.Kind == ObjectiveKind.Cvar && Top.IsFull)
            {
                var left = plan.Space.FreeSlots - depth - 1;
                var bound = partialTailSum[depth] + plan.TailSums[driver] + plan.BestTailSums[position + 1 + left] - plan.BestTailSums[position + 1];
                if (bound < Top.ScoreToBeat)
                {
                    return WalkStep.Stop;
                }
            }

            last.ResidualsStale = true;
            if (reach is null && depth == plan.Space.FreeSlots - 2)
            {
                last.BeforeLast = driver; // cvar takes his points with the floors of the lineups he leads to
            }
            else
            {
                SimulationMath.Add(partial[depth], plan.Points.Of(driver), partial[depth + 1]);
                if (reach is null && depth == plan.Space.FreeSlots - 3 && Top.IsFull && position + 2 < plan.Order.Length
                    && ((long)tailCount * tailCut) + SimulationMath.ExcessOfSum(tailCut, partial[depth + 1], plan.Best[position + 1], plan.Best[position + 2]) < Top.ScoreToBeat)
                {
                    return WalkStep.Skip; // the best two of the drivers after him in each simulation could not make a lineup enter
                }
            }

            partialTotal[depth + 1] = partialTotal[depth] + plan.Points.Totals[driver];
            partialTailSum[depth + 1] = partialTailSum[depth] + (plan.TailSums.Length > 0 ? plan.TailSums[driver] : 0);
            return WalkStep.Descend;
        }

        public WalkStep Leaf(int depth, int position, ulong lineup, int salary)
        {
            var driver = position < 0 ? -1 : plan.Order[position];
            if (reach is not null)
            {
                last.Add(depth, position, driver < 0 ? reach.Nobody : driver, lineup, salary);
                return WalkStep.Descend;
            }

            if (Top.IsFull && partialTailSum[depth] + (driver < 0 ? 0 : plan.TailSums[driver]) < Top.ScoreToBeat)
            {
                return WalkStep.Stop;
            }

            last.Add(depth, position, driver < 0 ? plan.Points.Drivers : driver, lineup, salary);
            return WalkStep.Descend;
        }

        /// <summary>Scores the lineups waiting for their last driver, together; the walk calls it before it moves on.</summary>
        public void Flush()
        {
            if (last.Count == 0)
            {
                return;
            }

            if (reach is null)
            {
                FlushCvar();
                return;
            }

            // The lineups share the partial sums up to the driver before the last (last.BeforeLast), which the walk did not add.
            var depth = Math.Max(last.Depth - 1, 0);
            var drivers = last.Drivers;
            var counts = last.Counts;
            var filtered = Top.IsFull; // read once: the counts below are against the score to beat of this moment
            if (plan.Objective.Kind == ObjectiveKind.Tail || filtered)
            {
                // A percentile beats the score to beat only where more than its index of the simulations are below it.
                var targets = plan.Objective.Kind == ObjectiveKind.Tail ? plan.Targets : last.Targets((int)Top.ScoreToBeat);
                if (last.ResidualsStale)
                {
                    reach!.Reach(targets, partial[depth]);
                    last.ResidualsStale = false;
                }

                if (filtered && last.FirstPosition >= 0 && Hopeless(reach!.CountBest(last.BeforeLast, last.FirstPosition)))
                {
                    last.Clear(); // not even the best of the last drivers in each simulation could make one enter
                    return;
                }

                reach!.Count(last.BeforeLast, drivers, counts);
            }

            var shared = partialTotal[depth] + Total(last.BeforeLast);
            for (var i = 0; i < drivers.Length; i++)
            {
                long score = counts[i];
                if (plan.Objective.Kind == ObjectiveKind.Percentile)
                {
                    if (filtered && Hopeless(counts[i]))
                    {
                        continue; // its percentile is under the score to beat
                    }

                    SimulationMath.Add(partial[depth], Row(last.BeforeLast), scratch);
                    SimulationMath.Add(scratch, Row(drivers[i]), scratch);
                    score = SimulationMath.Select(scratch, percentileIndex);
                }

                Top.Offer(new Candidate(last.Lineups[i], last.Salaries[i], score, shared + Total(drivers[i])));
            }

            last.Clear();
        }

        /// <summary>
        /// Cvar: the waiting lineups share the partial sums before the last two slots and the driver before the last. Once the kept list is full, the cut of
        /// the latest lineup kept bounds every waiting lineup in one pass; only those whose bound can win are added up and
        /// selected for, and each that enters lends its own cut to the next bounds.
        /// </summary>
        private void FlushCvar()
        {
            var sums = partial[Math.Max(last.Depth - 1, 0)];
            var before = plan.Rows[last.BeforeLast];
            var drivers = last.Drivers;
            var filtered = Top.IsFull;
            var cut = tailCut; // the bounds below are against this cut, whatever enters meanwhile
            if (filtered)
            {
                // The best of the last drivers in each simulation bounds them all: where even that cannot enter, none can.
                if (last.FirstPosition >= 0 && ((long)tailCount * cut) + SimulationMath.ExcessOfSum(cut, sums, before, plan.Best[last.FirstPosition]) < Top.ScoreToBeat)
                {
                    last.Clear();
                    return;
                }

                if (last.ResidualsStale || floorCut != cut)
                {
                    leftOut = plan.NarrowRows is null ? SimulationMath.Floors(cut, sums, before, floors.AsSpan()) : SimulationMath.Floors(cut, sums, before, narrowFloors.AsSpan());
                    (floorCut, last.ResidualsStale) = (cut, false);
                }

                Excess(drivers);
            }

            var shared = partialTotal[last.Depth];
            for (var i = 0; i < drivers.Length; i++)
            {
                if (filtered && ((long)tailCount * cut) + leftOut + excess[i] < Top.ScoreToBeat)
                {
                    continue; // even bounded from above its sum of the best outcomes cannot enter
                }

                SimulationMath.Add(sums, before, scratch);
                SimulationMath.Add(scratch, plan.Rows[drivers[i]], scratch);
                var score = SimulationMath.SumOfLargest(scratch, tailCount, out var lineupCut);
                if (score >= Top.ScoreToBeat)
                {
                    tailCut = lineupCut;
                }

                Top.Offer(new Candidate(last.Lineups[i], last.Salaries[i], score, shared + Total(drivers[i])));
            }

            last.Clear();
        }

        /// <summary>Into <see cref="excess"/>: what each of the drivers' rows has above the floors.</summary>
        private readonly void Excess(ReadOnlySpan<int> which)
        {
            if (plan.NarrowRows is null)
            {
                SimulationMath.ExcessOver<int>(floors, plan.Rows, which, excess);
            }
            else
            {
                SimulationMath.ExcessOver<ushort>(narrowFloors, plan.NarrowRows, which, excess);
            }
        }

        /// <summary>Whether a lineup reaching its target (tail) or the score to beat (percentile) in so many simulations is out.</summary>
        private readonly bool Hopeless(int reached) => plan.Objective.Kind == ObjectiveKind.Tail
            ? reached < Top.ScoreToBeat
            : plan.Points.Simulations - reached > percentileIndex;

        private readonly long Total(int driver) => driver < plan.Points.Drivers ? plan.Points.Totals[driver] : 0;

        private readonly ReadOnlySpan<int> Row(int driver) => driver < plan.Points.Drivers ? plan.Points.Of(driver) : new int[plan.Points.Simulations];
    }
}
