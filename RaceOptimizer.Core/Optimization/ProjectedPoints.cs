using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Optimization;

/// <summary>The projection a lineup's mean uses when there is no simulation.</summary>
public static class ProjectedPoints
{
    /// <summary>
    /// Each driver's projection in hundredths: the user's projection, else the site's average points (DraftKings
    /// AvgPointsPerGame, FanDuel FPPG), else 0; null when the slate has neither for any driver.
    /// </summary>
    public static long[]? Of(Slate slate)
    {
        ArgumentNullException.ThrowIfNull(slate);
        if (slate.Drivers.All(d => d.Projection is null && d.AvgPointsPerGame is null))
        {
            return null;
        }

        return [.. slate.Drivers.Select(d => (long)Math.Round((d.Projection ?? d.AvgPointsPerGame ?? 0) * ScoringTable.Scale))];
    }
}
