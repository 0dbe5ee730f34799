using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.History;

/// <summary>
/// Strengths for a slate's drivers, all in the units of <see cref="HistoryEntry.Performance"/>: from history rated
/// before the race and weighed against the salary (<see cref="SalaryPrior"/>), from a projected finish, or a stated
/// blend of both; a driver with neither is rated from his salary alone. Projected points are not read here: they are
/// targets for the simulated means, on their own scale (<see cref="ProjectionFit"/>).
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
    /// <param name="blend">How a projected finish mixes with history; projected points are not strengths but targets for the simulated means (<see cref="Simulation.ProjectionFit"/>).</param>
    public static IReadOnlyList<DriverStrength> ForSlate(Slate slate, RaceHistory? history, StrengthBlend blend, StrengthModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(slate);
        ArgumentNullException.ThrowIfNull(blend);
        var salaryScores = SalaryPrior.SalaryScores(slate.Drivers);
        var rated = history is null ? null : Rated(slate, history, salaryScores, model ?? StrengthModel.Default);
        var finishes = ProjectedFinishStrengths(slate.Drivers);
        return [.. slate.Drivers.Select((driver, i) => ((rated?[i].Strength, finishes[i]) switch
        {
            ({ } fromHistory, { } projection) => new DriverStrength(driver, (blend.HistoryWeight * fromHistory) + ((1 - blend.HistoryWeight) * projection), blend.HistoryWeight switch
            {
                1 => StrengthSource.History,
                0 => StrengthSource.Projections,
                _ => StrengthSource.Blend,
            }),
            ({ } fromHistory, null) => new DriverStrength(driver, fromHistory, StrengthSource.History),
            (null, { } projection) => new DriverStrength(driver, projection, StrengthSource.Projections),
            _ => new DriverStrength(driver, RankScale * salaryScores[i], StrengthSource.Salary),
        }) with { Rating = rated?[i].Rating })];
    }

    /// <summary>
    /// Each driver's history rating, and his strength: that rating weighed against his salary (<see cref="SalaryPrior"/>);
    /// null for a driver the history does not know, whom the salary alone rates. Where salaries say nothing, the ratings
    /// stand as they are.
    /// </summary>
    private static (double? Strength, DriverRating Rating)[] Rated(Slate slate, RaceHistory history, double[] salaryScores, StrengthModel model)
    {
        var day = RatingDay(slate.Race, history);
        var ratings = model.Rate(history, slate.Race.Series, slate.Race.TrackType, day);
        var prior = SalaryPrior.Fit(slate.Drivers, salaryScores, ratings, history, slate.Race.Series, day);
        return [.. slate.Drivers.Select((driver, i) =>
        {
            var rating = ratings.For(driver.Name);
            var strength = prior switch
            {
                null => rating.Strength,
                { } market when rating.Races > 0 => market.Strength(salaryScores[i], rating),
                _ => (double?)null,
            };
            return (strength, rating);
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
    /// Strengths from projected finishes, when the projections give them: a finish is a rank, read as the normal score
    /// of the share of the field it beats and shrunk by <see cref="RankScale"/> to history's scale.
    /// </summary>
    private static double?[] ProjectedFinishStrengths(IReadOnlyList<SlateDriver> drivers)
    {
        // A slate may sell fewer drivers than start the race: finishes are read on the scale of the whole field.
        var field = Math.Max(drivers.Count, (int)Math.Ceiling(drivers.Max(d => d.ProjectedFinish) ?? 0));
        return [.. drivers.Select(d => d.ProjectedFinish is { } finish
            ? RankScale * NormalDistribution.Quantile((field - Math.Clamp(finish, 1, field) + 0.5) / field)
            : (double?)null)];
    }
}
