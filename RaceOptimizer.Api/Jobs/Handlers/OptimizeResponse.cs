using System.Text.Json;
using System.Text.Json.Nodes;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// The result of an optimize job: lineups as the site's player ids (what upload files need) with names for people,
/// their statistics where simulations were used, exposures, the drivers the grid left out, and the engine time.
/// </summary>
internal static class OptimizeResponse
{
    public static JsonNode From(OptimizeResult result, OptimizeRequest request, int simulations)
    {
        var drivers = request.Slate.Drivers;
        var bins = result.Bins;
        var body = new
        {
            site = request.Slate.Site.ToString(),
            objective = request.Objective.Kind.ToString().ToLowerInvariant(),
            simulations,
            computeMs = Math.Round(result.Elapsed.TotalMilliseconds, 1),
            target = result.Target,
            ownershipEstimated = simulations > 0 ? result.OwnershipEstimated : (bool?)null,
            lineups = result.Lineups.Select(l => new
            {
                drivers = l.Drivers.Select(d => drivers[d].SiteId),
                names = l.Drivers.Select(d => drivers[d].Name),
                salary = l.Salary,
                projectedPoints = Math.Round(l.ProjectedPoints, 2),
                objective = Math.Round(l.Objective, 4),
                stdDev = Round(l.Statistics?.StandardDeviation),
                p10 = l.Statistics?.P10,
                p50 = l.Statistics?.P50,
                p90 = l.Statistics?.P90,
                pTop1 = Round(l.Statistics?.TopOnePercentRate, 4),
                roi = Round(l.Contest?.Roi, 4),
                roiStdError = Round(l.Contest?.RoiStandardError, 4),
                cashRate = Round(l.Contest?.CashRate, 4),
                cashRateStdError = Round(l.Contest?.CashRateStandardError, 4),
                topOnePercentRate = Round(l.Contest?.TopOnePercentRate, 4),
                topOnePercentRateStdError = Round(l.Contest?.TopOnePercentRateStandardError, 4),
                winRate = Round(l.Contest?.WinRate, 5),
                winRateStdError = Round(l.Contest?.WinRateStandardError, 5),
                histogram = bins is null || l.Histogram is null ? null : new { min = bins.Min, width = bins.Width, counts = l.Histogram },
            }),
            // Left out of every lineup whatever the options said, so the user sees why a driver never appears.
            notStarting = LineupSpace.NotStarting(request.Slate).Select(d => new { driver = drivers[d].SiteId, name = drivers[d].Name, reason = "not on the starting grid: did not qualify or withdrew" }),
            exposures = result.Exposures.Select(e => new { driver = drivers[e.Driver].SiteId, name = drivers[e.Driver].Name, lineups = e.Lineups, exposure = Math.Round(e.Share, 4) }),
            // The headline is out of sample: the races and field that chose the portfolio flatter it.
            contest = result.Portfolio is { } portfolio ? Contest(portfolio, request.Contest, result) : null,
            field = result.InSample?.Opponents is { } opponents ? new
            {
                opponents,
                ownership = result.FieldOwnership.Select(o => new { driver = drivers[o.Driver].SiteId, name = drivers[o.Driver].Name, target = Math.Round(o.Target, 2), estimated = o.Estimated, achieved = Math.Round(o.Achieved, 2) }),
            } : null,
        };
        return JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!;
    }

    private static object Contest(ContestOutcome headline, ContestSettings? settings, OptimizeResult result) => new
    {
        entries = (settings ?? ContestSettings.DefaultTournament).Payouts.Entries,
        entryFee = (settings ?? ContestSettings.DefaultTournament).Payouts.EntryFee,
        fieldSize = (settings ?? ContestSettings.DefaultTournament).FieldSize,
        roi = Math.Round(headline.Roi, 4),
        roiStdError = Math.Round(headline.RoiStandardError, 4),
        cashRate = Math.Round(headline.CashRate, 4),
        topOnePercentRate = Math.Round(headline.TopOnePercentRate, 4),
        winRate = Math.Round(headline.WinRate, 5),
        outOfSample = Figures(result.OutOfSample),
        inSample = Figures(result.InSample),
    };

    /// <summary>One valuation of the portfolio: the five contest figures with their standard errors, and its best lineup per race.</summary>
    private static object? Figures(PortfolioFigures? figures) => figures?.Contest is not { } contest ? null : new
    {
        roi = Math.Round(contest.Roi, 4),
        roiStdError = Math.Round(contest.RoiStandardError, 4),
        cashRate = Math.Round(contest.CashRate, 4),
        cashRateStdError = Math.Round(contest.CashRateStandardError, 4),
        topOnePercentRate = Math.Round(contest.TopOnePercentRate, 4),
        topOnePercentRateStdError = Math.Round(contest.TopOnePercentRateStandardError, 4),
        winRate = Math.Round(contest.WinRate, 5),
        winRateStdError = Math.Round(contest.WinRateStandardError, 5),
        bestLineupMean = Math.Round(figures.BestLineupMean, 2),
        bestLineupMeanStdError = Math.Round(figures.BestLineupMeanStandardError, 2),
        bestLineupP99 = Math.Round(figures.BestLineupP99, 2),
        simulations = figures.Simulations,
    };

    private static double? Round(double? value, int digits = 2) => value is { } v ? Math.Round(v, digits) : null;
}
