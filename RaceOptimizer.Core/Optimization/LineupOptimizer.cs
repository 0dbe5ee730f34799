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

    public static OptimizeResult Optimize(OptimizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = CoreTelemetry.Source.StartActivity("build portfolio");
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
        var open = new LineupSpace(request.Slate, LineupRules.None);
        var (standings, estimated) = points is null ? (null, false) : Standings(request, open, points, values);
        var thresholds = Thresholds(request, points, standings);
        var order = Order(request, space, points, values, standings, thresholds, cancellationToken);
        var chosen = new PortfolioBuilder(space, request.Portfolio).Build(order, cancellationToken);
        if (chosen.Count == 0)
        {
            throw new InfeasibleConstraintException("lineups", "No lineup fits the salary range, ownership cap, locks and excludes.");
        }

        activity?.SetTag("raceoptimizer.simulations", points?.Simulations ?? 0);
        return PortfolioReport.Describe(request, chosen, values, standings, clock) with { OwnershipEstimated = estimated };
    }

    private static (ContestStandings?, bool) Standings(OptimizeRequest request, LineupSpace open, SimulatedPoints points, IReadOnlyList<long> values)
    {
        var contest = request.Contest ?? ContestSettings.DefaultTournament;
        var field = ContestField.Draw(open, values, contest.Field ?? FieldModel.Default, contest.FieldSize, request.Seed);
        return (new ContestStandings(points, field, contest.Payouts), field.OwnershipEstimated);
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

    private static ICandidateOrder Order(
        OptimizeRequest request,
        LineupSpace space,
        SimulatedPoints? points,
        IReadOnlyList<long> values,
        ContestStandings? standings,
        int[] thresholds,
        CancellationToken cancellationToken)
    {
        var depth = Math.Max(1_000, request.Portfolio.Lineups * 20);
        switch (request.Objective.Kind)
        {
            case ObjectiveKind.Mean:
                return new RankedOrder(count => MeanRanking.Top(space, values, count), depth);
            case ObjectiveKind.Roi:
                var byTopOnePercentRanking = Ranking(request, space, points!, new Objective(ObjectiveKind.Tail), standings!.TopOnePercentScores(), cancellationToken);
                IEnumerable<Candidate> Pool(int size)
                {
                    var half = Math.Max(1, size / 2);
                    var byMean = MeanRanking.Top(space, values, half);
                    var byTopOnePercent = byTopOnePercentRanking(half);
                    return byMean.Concat(byTopOnePercent);
                }

                return new RoiOrder(standings!, new PortfolioEntries(points!.Simulations, request.Portfolio.Lineups), Pool, request.CandidatePool);
            default:
                return new RankedOrder(Ranking(request, space, points!, request.Objective, thresholds, cancellationToken), depth);
        }
    }

    /// <summary>The best lineups by a simulation objective, as deep as asked: walked here, or scored once by the request's scorer.</summary>
    private static Func<int, Candidate[]> Ranking(OptimizeRequest request, LineupSpace space, SimulatedPoints points, Objective objective, int[] thresholds, CancellationToken cancellationToken)
    {
        if (request.Scorer is not { } scorer)
        {
            return count => SimulationRanking.Top(space, points, objective, thresholds, count, cancellationToken);
        }

        var scored = new Lazy<ScoredRanking>(() => ScoredRanking.Score(space, points, objective, thresholds, scorer, cancellationToken));
        return count => scored.Value.Top(count);
    }
}
