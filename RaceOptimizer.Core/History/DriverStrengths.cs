using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.History;

/// <summary>
/// Strengths for a slate's drivers, all in the units of <see cref="HistoryEntry.Performance"/>: from history rated
/// before the race, from the user's projections, or a stated blend of both; a driver with neither is rated from the
/// site's salary and average points.
/// </summary>
public static class DriverStrengths
{
    /// <summary>
    /// Ranks turned into strengths are shrunk by this much: a field's rank scores spread as a standard normal, but
    /// history's ratings of a field spread about half as wide (standard deviation 0.46 over the 2023 Cup fields, 0.52
    /// O'Reilly, 0.55 Trucks), so both sources drive the simulation alike.
    /// </summary>
    public const double RankScale = 0.5;

    /// <param name="history">Past races; null when none were imported.</param>
    public static IReadOnlyList<DriverStrength> ForSlate(Slate slate, RaceHistory? history, StrengthBlend blend, StrengthModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(slate);
        ArgumentNullException.ThrowIfNull(blend);
        var ratings = history is null ? null : (model ?? StrengthModel.Default).Rate(history, slate.Race.Series, slate.Race.TrackType, RatingDay(slate.Race, history));
        var projected = ProjectedStrengths(slate);
        var market = RankStrengths(slate.Drivers, d => (d.Salary, d.AvgPointsPerGame ?? 0));
        return [.. slate.Drivers.Select((driver, i) => (ratings?.For(driver.Name).Strength, projected[i]) switch
        {
            ({ } rated, { } projection) => new DriverStrength(driver, (blend.HistoryWeight * rated) + ((1 - blend.HistoryWeight) * projection), blend.HistoryWeight switch
            {
                1 => StrengthSource.History,
                0 => StrengthSource.Projections,
                _ => StrengthSource.Blend,
            }),
            ({ } rated, null) => new DriverStrength(driver, rated, StrengthSource.History),
            (null, { } projection) => new DriverStrength(driver, projection, StrengthSource.Projections),
            _ => new DriverStrength(driver, market[i], StrengthSource.Salary),
        })];
    }

    /// <summary>
    /// The day a slate's drivers are rated as of: the race's date, or for an undated slate (DraftKings exports carry no
    /// date) the day after the latest race of its series in the history. Recency is measured from this day, never from
    /// the wall clock, so the same slate rates the same whenever it is imported; dating it that day changes nothing.
    /// </summary>
    public static DateOnly RatingDay(Race race, RaceHistory history)
    {
        ArgumentNullException.ThrowIfNull(race);
        ArgumentNullException.ThrowIfNull(history);
        return race.Date ?? (history.Of(race.Series).LastOrDefault() is { } latest ? latest.Date.AddDays(1) : DateOnly.MaxValue);
    }

    /// <summary>
    /// A projected finish, when given, is the strength's source; otherwise the projected points, turned into the finish
    /// that scores them from the driver's start (place differential would otherwise make back starters look strong),
    /// or ranked as they are when the grid is unknown.
    /// </summary>
    private static double?[] ProjectedStrengths(Slate slate)
    {
        var drivers = slate.Drivers;
        var table = ScoringTable.For(slate.Site);
        var finishes = drivers.Select(d => d.ProjectedFinish ?? (d.Projection is { } points && d.Start is { } start ? FinishScoring(table, start, points, drivers.Count) : null)).ToList();
        if (finishes.All(f => f is not null))
        {
            // A slate may sell fewer drivers than start the race: finishes are read on the scale of the whole field.
            var field = Math.Max(drivers.Count, finishes.Max(f => f!.Value));
            return [.. finishes.Select(f => (double?)RankScale * NormalDistribution.Quantile((field - Math.Clamp(f!.Value, 1, field) + 0.5) / field))];
        }

        if (drivers.All(d => d.Projection is not null))
        {
            return [.. RankStrengths(drivers, d => (d.Projection!.Value, 0)).Select(s => (double?)s)];
        }

        return new double?[drivers.Count];
    }

    /// <summary>The finish whose finishing and place-differential points come closest to the projection.</summary>
    private static double FinishScoring(ScoringTable table, int start, double points, int slateSize) =>
        Enumerable.Range(1, Math.Max(slateSize, start)).MinBy(finish => Math.Abs(table.Score(start, finish, 0, 0, 0).Total - points));

    /// <summary>Normal scores of the drivers' ranks by a key, best first, shrunk by <see cref="RankScale"/>.</summary>
    private static double[] RankStrengths(IReadOnlyList<SlateDriver> drivers, Func<SlateDriver, (double First, double Second)> key)
    {
        var ranked = drivers.Select((d, i) => (Key: key(d), Index: i)).OrderByDescending(d => d.Key.First).ThenByDescending(d => d.Key.Second).ToList();
        var strengths = new double[drivers.Count];
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            strengths[ranked[rank].Index] = RankScale * NormalDistribution.Quantile((drivers.Count - rank - 0.5) / drivers.Count);
        }

        return strengths;
    }
}
