using System.Text.Json;
using System.Text.Json.Nodes;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// The `result` of an optimize job (the contract's <see cref="OptimizeJobResult"/>), from Core's result: lineups as the
/// site's player ids (what upload files need) with names for people, their statistics where simulations were used,
/// exposures, the drivers the grid left out, the contest figures and the field, and the engine time. Rounding is here.
/// </summary>
internal static class OptimizeResponse
{
    /// <param name="reSimulated">The simulate job whose races were simulated again, its matrices no longer being kept.</param>
    public static JsonNode From(OptimizeResult result, OptimizeRequest request, int simulations, ReSimulatedRaces? reSimulated) =>
        JsonSerializer.SerializeToNode(Of(result, request, simulations) with { ReSimulated = reSimulated }, JsonSerializerOptions.Web)!;

    public static OptimizeJobResult Of(OptimizeResult result, OptimizeRequest request, int simulations)
    {
        var drivers = request.Slate.Drivers;
        var bins = result.Bins;
        var ownership = Ownership(result, request);
        return new OptimizeJobResult(
            request.Slate.Site.ToString(),
            request.Objective.Kind.ToString().ToLowerInvariant(),
            simulations,
            Math.Round(result.Elapsed.TotalMilliseconds, 1),
            result.Target,
            simulations > 0 ? result.OwnershipEstimated : null,
            [.. result.Lineups.Select(l => new OptimizedLineupInfo(
                [.. l.Drivers.Select(d => drivers[d].SiteId)],
                [.. l.Drivers.Select(d => drivers[d].Name)],
                l.Salary,
                Math.Round(l.ProjectedPoints, 2),
                Math.Round(l.Objective, 4),
                Round(l.Statistics?.StandardDeviation),
                l.Statistics?.P10,
                l.Statistics?.P50,
                l.Statistics?.P90,
                Round(l.Statistics?.TopOnePercentRate, 4),
                Round(l.Contest?.Roi, 4),
                Round(l.Contest?.RoiStandardError, 4),
                Round(l.Contest?.CashRate, 4),
                Round(l.Contest?.CashRateStandardError, 4),
                Round(l.Contest?.TopOnePercentRate, 4),
                Round(l.Contest?.TopOnePercentRateStandardError, 4),
                Round(l.Contest?.WinRate, 5),
                Round(l.Contest?.WinRateStandardError, 5),
                bins is null || l.Histogram is null ? null : new PointsHistogram(bins.Min, bins.Width, l.Histogram),
                Round(Sum(l.Drivers, ownership)),
                Product(l.Drivers, ownership),
                Round(l.FieldDuplicates)))],
            // Left out of every lineup whatever the options said, so the user sees why a driver never appears.
            [.. LineupSpace.NotStarting(request.Slate).Select(d => new NotStartingDriver(drivers[d].SiteId, drivers[d].Name, "not on the starting grid: did not qualify or withdrew"))],
            [.. result.Exposures.Select(e => new DriverExposureInfo(drivers[e.Driver].SiteId, drivers[e.Driver].Name, e.Lineups, Math.Round(e.Share, 4), Round(ownership[e.Driver])))],
            // The headline is out of sample: the races and field that chose the portfolio flatter it.
            result.Portfolio is { } portfolio ? Contest(portfolio, request.Contest, result) : null,
            result.InSample?.Opponents is { } opponents
                ? new FieldSummary(
                    opponents,
                    [.. result.FieldOwnership.Select(o => new FieldDriverOwnership(drivers[o.Driver].SiteId, drivers[o.Driver].Name, Math.Round(o.Target, 2), o.Estimated, Math.Round(o.Achieved, 2)))])
                : null,
            result.CandidateSearch is { } search
                ? new CandidatePoolInfo(search.Initial, search.Valued, search.Doublings, Math.Round(search.Elapsed.TotalMilliseconds, 1))
                : null);
    }

    private static ContestSummary Contest(ContestOutcome headline, ContestSettings? settings, OptimizeResult result)
    {
        var contest = settings ?? ContestSettings.DefaultTournament;
        return new ContestSummary(
            contest.Payouts.Entries,
            contest.Payouts.EntryFee,
            contest.FieldSize,
            Math.Round(headline.Roi, 4),
            Math.Round(headline.RoiStandardError, 4),
            Math.Round(headline.CashRate, 4),
            Math.Round(headline.TopOnePercentRate, 4),
            Math.Round(headline.WinRate, 5),
            Figures(result.OutOfSample),
            Figures(result.InSample));
    }

    /// <summary>One valuation of the portfolio: the five contest figures with their standard errors, and its best lineup per race.</summary>
    private static PortfolioContestFigures? Figures(PortfolioFigures? figures) => figures?.Contest is not { } contest ? null : new PortfolioContestFigures(
        Math.Round(contest.Roi, 4),
        Math.Round(contest.RoiStandardError, 4),
        Math.Round(contest.CashRate, 4),
        Math.Round(contest.CashRateStandardError, 4),
        Math.Round(contest.TopOnePercentRate, 4),
        Math.Round(contest.TopOnePercentRateStandardError, 4),
        Math.Round(contest.WinRate, 5),
        Math.Round(contest.WinRateStandardError, 5),
        Math.Round(figures.BestLineupMean, 2),
        Math.Round(figures.BestLineupMeanStandardError, 2),
        Math.Round(figures.BestLineupP99, 2),
        figures.Simulations);

    /// <summary>
    /// Each slate driver's ownership, percent: the target the field was drawn to (the slate's, or estimated where it named
    /// none), else the slate's projected ownership; null where neither says.
    /// </summary>
    private static double?[] Ownership(OptimizeResult result, OptimizeRequest request) => result.FieldOwnership.Count > 0
        ? [.. result.FieldOwnership.OrderBy(o => o.Driver).Select(o => (double?)o.Target)]
        : [.. request.Slate.Drivers.Select(d => d.Ownership)];

    private static double? Sum(IReadOnlyList<int> lineup, double?[] ownership) =>
        lineup.Any(d => ownership[d] is null) ? null : lineup.Sum(d => ownership[d]!.Value);

    /// <summary>Shares multiplied, to three significant digits: the product of six shares is far below 0.01.</summary>
    private static double? Product(IReadOnlyList<int> lineup, double?[] ownership)
    {
        if (lineup.Any(d => ownership[d] is null))
        {
            return null;
        }

        var product = lineup.Aggregate(1.0, (total, d) => total * ownership[d]!.Value / 100);
        return product == 0 ? 0 : Math.Round(product, Math.Clamp(2 - (int)Math.Floor(Math.Log10(product)), 0, 15));
    }

    private static double? Round(double? value, int digits = 2) => value is { } v ? Math.Round(v, digits) : null;
}
