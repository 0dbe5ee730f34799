using System.Diagnostics;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Optimization.Portfolios;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// Builds a portfolio: ranks lineups exactly by the objective (<see cref="MeanRanking"/>, <see cref="SimulationRanking"/>
/// or payouts against a simulated field), picks them under the rules (<see cref="PortfolioBuilder"/>), and describes
/// each chosen lineup with its simulated statistics and contest outcome.
/// </summary>
public static class LineupOptimizer
{
    /// <summary>Throws <see cref="InfeasibleConstraintException"/> when the constraints contradict each other.</summary>
    public static void CheckFeasible(OptimizeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Feasibility.Check(request, new LineupSpace(request.Slate, request.LineupRules));
    }

    /// <summary>Optimizes on this thread; a request with a <see cref="OptimizeRequest.Scorer"/> goes to <see cref="OptimizeAsync"/>.</summary>
    public static OptimizeResult Optimize(OptimizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Scorer is not null)
        {
            throw new ArgumentException("A request with a scorer is optimized by OptimizeAsync: the scorer answers asynchronously.", nameof(request));
        }

        using var activity = CoreTelemetry.Source.StartActivity("build portfolio");
        var plan = Plan.Of(request, activity);
        return plan.Build(Order(plan, ranked: null, paid: null, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Optimizes with the request's scorer, when it has one: every lineup is scored there (and for ROI the first pool
    /// paid) before the portfolio is built here, from those numbers, as <see cref="Optimize"/> builds it.
    /// </summary>
    public static async Task<OptimizeResult> OptimizeAsync(OptimizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Scorer is not { } scorer || !request.Objective.NeedsSimulations)
        {
            return Optimize(request with { Scorer = null }, cancellationToken);
        }

        using var activity = CoreTelemetry.Source.StartActivity("build portfolio");
        var plan = Plan.Of(request, activity);
        var points = plan.Points!;
        var isRoi = request.Objective.Kind == ObjectiveKind.Roi;
        var (objective, thresholds) = isRoi ? (new Objective(ObjectiveKind.Tail), plan.Standings!.TopOnePercentScores()) : (request.Objective, plan.Thresholds);
        var scored = await ScoredRanking.ScoreAsync(plan.Space, points, objective, thresholds, scorer, cancellationToken).ConfigureAwait(false);
        Dictionary<ulong, ContestTally>? paid = null;

        // The first pool is paid against the field alone: beside kept lineups every candidate competes with them too, so the order pays it.
        if (isRoi && request.Portfolio.Kept.Count == 0)
        {
            var pool = RoiPool(plan, scored.Top).DistinctBy(c => c.Lineup).Select(c => c.Lineup).ToArray();
            var tallies = await scorer.PayAsync(plan.Standings!, pool, cancellationToken).ConfigureAwait(false);
            paid = pool.Zip(tallies).ToDictionary(p => p.First, p => p.Second);
        }

        return plan.Build(Order(plan, scored.Top, paid, cancellationToken), cancellationToken);
    }

    /// <summary>What every optimization works out before it ranks: the space, the points, the field and the thresholds.</summary>
    private sealed record Plan(
        OptimizeRequest Request,
        Activity? Activity,
        Stopwatch Clock,
        LineupSpace Space,
        SimulatedPoints? Points,
        IReadOnlyList<long> Values,
        ContestStandings? Standings,
        ContestField? Field,
        int[] Thresholds)
    {
        /// <summary>The kept lineups, valued: the portfolio's first lineups.</summary>
        public IReadOnlyList<Candidate> Kept { get; } = KeptCandidates.Of(Space, Request.Portfolio.Kept, Request.Objective, Values, Points, Thresholds);

        public static Plan Of(OptimizeRequest request, Activity? activity)
        {
            activity?.SetTag("raceoptimizer.lineups", request.Portfolio.Lineups);
            var clock = Stopwatch.StartNew();
            var space = new LineupSpace(request.Slate, request.LineupRules);
            Feasibility.Check(request, space);
            var points = request.Simulations;
            if (points is not null && points.Drivers != request.Slate.Drivers.Count)
            {
                throw new ArgumentException($"The simulations have {points.Drivers} drivers; the slate has {request.Slate.Drivers.Count}.", nameof(request));
            }

            if (request.Objective.NeedsSimulations && points is null)
            {
                throw new InfeasibleConstraintException("simulations", $"The {request.Objective.Kind} objective needs simulations.");
            }

            var values = points?.Totals ?? ProjectedPoints.Of(request.Slate)
                ?? throw new InfeasibleConstraintException("projections", "The slate has no projections and no average points: give projections or simulate.");
            if (request.Holdout is { } holdout && (points is null || holdout.Drivers != points.Drivers))
            {
                throw new ArgumentException("Fresh races to value the portfolio need the simulations it is chosen on, with as many drivers.", nameof(request));
            }

            var (standings, field) = points is null
                ? (null, null)
                : LineupOptimizer.Standings(request, points, values, request.Seed, request.Portfolio.Lineups);
            return new Plan(request, activity, clock, space, points, values, standings, field, LineupOptimizer.Thresholds(request, points, standings));
        }

        public OptimizeResult Build(ICandidateOrder order, CancellationToken cancellationToken)
        {
            // The first lineup waits on the ranking (the order ranks lazily); each one after is a lineup of the total.
            var total = Request.Portfolio.Lineups;
            Request.Progress?.Report(new OptimizeProgress(OptimizeStage.Ranking, 0, total));
            var built = new PortfolioBuilder(Space, Request.Portfolio)
                .Build(order, Kept, cancellationToken, count => Request.Progress?.Report(new OptimizeProgress(OptimizeStage.Building, count, total)));
            var chosen = Improve(built);
            if (chosen.Count == 0)
            {
                throw new InfeasibleConstraintException("lineups", "No lineup fits the salary range, ownership bounds, groups, locks and excludes.");
            }

            Activity?.SetTag("raceoptimizer.simulations", Points?.Simulations ?? 0);
            if (Request.Holdout is not null)
            {
                Request.Progress?.Report(new OptimizeProgress(OptimizeStage.Valuing, chosen.Count, total));
            }

            // Without a contest the fresh races value only the points: no field is drawn and scored for them.
            var holdout = Request.Holdout is { } fresh
                ? new Valuation(fresh, Request.ValuesContest ? LineupOptimizer.Standings(Request, fresh, fresh.Totals, OptimizeRequest.HoldoutSeed(Request.Seed), chosen.Count).Standings : null)
                : null;
            var report = PortfolioReport.Describe(Request, chosen, Values, Standings, holdout, Clock);
            return report with
            {
                Lineups = Field is null || Standings is null
                    ? report.Lineups
                    : [.. report.Lineups.Zip(chosen, (lineup, candidate) => lineup with { FieldDuplicates = Field.Duplicates(candidate.Lineup, Standings.Opponents) })],
                OwnershipEstimated = Field?.OwnershipEstimated ?? false,
                FieldOwnership = Field?.Ownership() ?? [],
                CandidateSearch = order.Search,
            };
        }

        /// <summary>
        /// Exchanges lineups where the mean is the objective and uniqueness blocks the greedy choice (each lineup then
        /// scores alone, so a higher sum is a better portfolio). Without exposures the lineups are shown best first
        /// again (the kept lineups first, as kept); with them the slots keep the greedy order, which paces each driver over the portfolio.
        /// </summary>
        private IReadOnlyList<Candidate> Improve(IReadOnlyList<Candidate> greedy)
        {
            if (Request.Objective.Kind != ObjectiveKind.Mean || Request.Portfolio.MinUniqueDrivers < 2 || greedy.Count < 2)
            {
                return greedy;
            }

            var budget = ExchangeBudget.Default;
            var improved = new PortfolioExchange(Space, Request.Portfolio).Improve(greedy, MeanRanking.Top(Space, Values, budget.Depth), budget);
            return Request.Portfolio.Exposures is { Count: > 0 } ? improved : [.. improved.Take(Kept.Count), .. improved.Skip(Kept.Count).OrderDescending()];
        }
    }

    /// <summary>The contest on these races: a field drawn with the seed, standing for every entry but the user's own.</summary>
    private static (ContestStandings Standings, ContestField Field) Standings(OptimizeRequest request, SimulatedPoints points, IReadOnlyList<long> values, ulong seed, int ownEntries)
    {
        var contest = request.Contest ?? ContestSettings.DefaultTournament;
        var field = ContestField.Draw(new LineupSpace(request.Slate, LineupRules.None), values, contest.Field ?? FieldModel.Default, contest.FieldSize, seed);
        return (new ContestStandings(points, field, contest.Payouts, ownEntries), field);
    }

    private static int[] Thresholds(OptimizeRequest request, SimulatedPoints? points, ContestStandings? standings)
    {
        if (points is null || request.Objective.Kind != ObjectiveKind.Tail)
        {
            return [];
        }

        return request.Objective.Target is { } target
            ? Enumerable.Repeat((int)Math.Ceiling((target * ScoringTable.Scale) - 1e-9), points.Simulations).ToArray()
            : standings!.TopOnePercentScores();
    }

    /// <param name="ranked">The best lineups by the ranking objective, scored elsewhere; null walks the space here.</param>
    /// <param name="paid">ROI's first pool paid elsewhere; null pays it here.</param>
    private static ICandidateOrder Order(Plan plan, Func<int, Candidate[]>? ranked, IReadOnlyDictionary<ulong, ContestTally>? paid, CancellationToken cancellationToken)
    {
        var request = plan.Request;
        var depth = Math.Max(1_000, request.Portfolio.Lineups * 20);
        switch (request.Objective.Kind)
        {
            case ObjectiveKind.Mean:
                return new RankedOrder(count => MeanRanking.Top(plan.Space, plan.Values, count), depth);
            case ObjectiveKind.Roi:
                var byTopOnePercent = ranked
                    ?? (count => SimulationRanking.Top(plan.Space, plan.Points!, new Objective(ObjectiveKind.Tail), plan.Standings!.TopOnePercentScores(), count, cancellationToken));
                return new RoiOrder(plan.Standings!, KeptEntries(plan), size => RoiPool(plan, byTopOnePercent, size), PoolGrowth.For(request), paid);
            default:
                return new RankedOrder(ranked ?? (count => SimulationRanking.Top(plan.Space, plan.Points!, request.Objective, plan.Thresholds, count, cancellationToken)), depth);
        }
    }

    /// <summary>The portfolio's entries in the contest, holding the kept lineups before any is built: the next compete with them too.</summary>
    private static PortfolioEntries KeptEntries(Plan plan)
    {
        var (points, portfolio) = (plan.Points!, plan.Request.Portfolio);
        var entries = new PortfolioEntries(points.Simulations, portfolio.Lineups);
        var scores = new int[points.Simulations];
        foreach (var lineup in portfolio.Kept)
        {
            points.LineupPoints(lineup, scores);
            entries.Add(scores);
        }

        return entries;
    }

    /// <summary>ROI's candidates at a size: the best half by mean and the best half by the chance of a top-1% finish.</summary>
    private static IEnumerable<Candidate> RoiPool(Plan plan, Func<int, Candidate[]> byTopOnePercent, int size)
    {
        var half = Math.Max(1, size / 2);
        return MeanRanking.Top(plan.Space, plan.Values, half).Concat(byTopOnePercent(half));
    }

    private static IEnumerable<Candidate> RoiPool(Plan plan, Func<int, Candidate[]> byTopOnePercent) => RoiPool(plan, byTopOnePercent, plan.Request.CandidatePool);
}
