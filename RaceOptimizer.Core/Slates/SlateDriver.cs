namespace RaceOptimizer.Core.Slates;

/// <summary>A driver as the site sells him on one slate.</summary>
/// <param name="SiteId">The site's player id: what upload files must contain.</param>
/// <param name="Start">Qualified starting position, once the grid is known.</param>
/// <param name="Projection">Projected fantasy points under the slate's site scoring.</param>
/// <param name="ProjectedFinish">Projected finishing position, when the projections give one.</param>
/// <param name="Ownership">Projected ownership in percent (a DraftKings field sums to 600%).</param>
/// <param name="AvgPointsPerGame">The site's own average (DraftKings AvgPointsPerGame, FanDuel FPPG).</param>
/// <param name="StartsAtRear">Sent to the rear before the green flag: he lines up last, scored from his qualified <paramref name="Start"/>.</param>
public sealed record SlateDriver(
    string Name,
    string SiteId,
    int Salary,
    int? Start = null,
    double? Projection = null,
    double? ProjectedFinish = null,
    double? Ownership = null,
    double? AvgPointsPerGame = null,
    bool StartsAtRear = false);
