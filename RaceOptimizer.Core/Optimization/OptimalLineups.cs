using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The share of simulated races whose optimal lineup holds each driver: for each race, the lineup the site allows
/// (roster size, salary cap; never a driver the grid leaves out) that scores most in that race, found exactly by
/// <see cref="MeanRanking"/> over that race's points, the same walk and rules every portfolio uses. A tie goes to the
/// lineup <see cref="Candidate"/> ranks first, so every run counts the same lineups. Races are spread over the cores;
/// counts are integers, so the shares do not depend on the thread count.
/// </summary>
public static class OptimalLineups
{
    /// <summary>Per slate driver, in the slate's order, the share of the races whose optimal lineup holds him; null when
    /// no lineup can be entered on the slate, or it has more drivers than the optimizer takes (<see cref="LineupSpace.MaxDrivers"/>).
    /// The shares add up to the roster size.</summary>
    /// <param name="points">The slate site's points, a column per slate driver.</param>
    public static double[]? Share(Slate slate, PointsMatrix points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slate);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Site != slate.Site || points.Drivers != slate.Drivers.Count)
        {
            throw new ArgumentException($"The points are {points.Site}'s for {points.Drivers} drivers; the slate is {slate.Site}'s with {slate.Drivers.Count}.", nameof(points));
        }

        if (slate.Drivers.Count > LineupSpace.MaxDrivers || Scoring.ContestRules.For(slate.Site).WhyNoLineup(slate) is not null)
        {
            return null;
        }

        var space = new LineupSpace(slate, LineupRules.None);
        var total = new int[points.Drivers];
        Parallel.For(
            0,
            points.Simulations,
            Parallelism.Bounded(cancellationToken),
            () => (Values: new long[points.Drivers], Counts: new int[points.Drivers]),
            (race, _, local) =>
            {
                var row = points.Row(race);
                for (var driver = 0; driver < row.Length; driver++)
                {
                    local.Values[driver] = row[driver];
                }

                foreach (var driver in LineupSpace.Drivers(MeanRanking.Top(space, local.Values, 1)[0].Lineup))
                {
                    local.Counts[driver]++;
                }

                return local;
            },
            local =>
            {
                lock (total)
                {
                    for (var driver = 0; driver < total.Length; driver++)
                    {
                        total[driver] += local.Counts[driver];
                    }
                }
            });
        return [.. total.Select(count => count / (double)points.Simulations)];
    }
}
