using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.History;

/// <summary>
/// The site's salary as a prior on a driver's strength, weighed against his history by empirical Bayes: both weights
/// are fitted, one from the history and one from the slate, not set by hand.
/// <list type="bullet">
/// <item>The prior's line (strength against the normal score of the driver's salary rank) is fitted on the slate's own
/// established drivers, whose ratings rest on many races: it says what the market's price means in rating units.</item>
/// <item>Its spread is the scatter of those drivers around the line, less what their ratings' own noise explains.</item>
/// <item>One race's noise is the pooled within-driver variance of performance scores in the history.</item>
/// </list>
/// A driver with n races then weighs his rating by n / (n + <see cref="RacesWorthThePrior"/>): a newcomer is priced by
/// the market alone, a veteran by his record.
/// </summary>
/// <param name="Intercept">Strength of a driver priced at the slate's median.</param>
/// <param name="Slope">Strength per unit of salary score.</param>
/// <param name="RacesWorthThePrior">How many races of history weigh as much as the salary: one race's variance over the prior's.</param>
public sealed record SalaryPrior(double Intercept, double Slope, double RacesWorthThePrior)
{
    /// <summary>Drivers with at least this many races of the series fit the line: their ratings are mostly record, not prior.</summary>
    public const int EstablishedRaces = 10;

    /// <summary>The fewest established drivers a line is fitted on; with fewer the salary is read on the rank scale alone.</summary>
    public const int FewestEstablished = 8;

    /// <summary>The least prior variance taken: a slate whose ratings all sit on the line still leaves room for surprise.</summary>
    private const double LeastVariance = 0.02;

    /// <summary>The prior when history cannot fit one: the rank scale of projections, worth a season's races.</summary>
    public static SalaryPrior RankScale { get; } = new(0, DriverStrengths.RankScale, 36);

    /// <summary>A driver's strength: his rating weighed against what his salary says.</summary>
    public double Strength(double salaryScore, DriverRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var prior = Intercept + (Slope * salaryScore);
        var weight = rating.Races / (rating.Races + RacesWorthThePrior);
        return (weight * rating.Strength) + ((1 - weight) * prior);
    }

    /// <summary>
    /// Fits the prior on a slate whose drivers <paramref name="ratings"/> has rated; null when every driver costs the
    /// same (a past race rebuilt from loop data, which has no salaries), so the salary says nothing.
    /// </summary>
    /// <param name="salaryScores">Each slate driver's salary score (<see cref="SalaryScores"/>), in the slate's order.</param>
    public static SalaryPrior? Fit(IReadOnlyList<SlateDriver> drivers, IReadOnlyList<double> salaryScores, DriverRatings ratings, RaceHistory history, Series series, DateOnly ratingDay)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(salaryScores);
        ArgumentNullException.ThrowIfNull(ratings);
        if (drivers.All(d => d.Salary == drivers[0].Salary))
        {
            return null;
        }

        var established = drivers
            .Select((driver, i) => (Score: salaryScores[i], Rating: ratings.For(driver.Name)))
            .Where(d => d.Rating.Races >= EstablishedRaces)
            .ToList();
        var raceVariance = WithinDriverVariance(history, series, ratingDay);
        if (established.Count < FewestEstablished || raceVariance is not { } perRace)
        {
            return RankScale;
        }

        var (meanScore, meanStrength) = (established.Average(d => d.Score), established.Average(d => d.Rating.Strength));
        var spread = established.Sum(d => Math.Pow(d.Score - meanScore, 2));
        var slope = established.Sum(d => (d.Score - meanScore) * (d.Rating.Strength - meanStrength)) / spread;
        var intercept = meanStrength - (slope * meanScore);
        var residual = established.Sum(d => Math.Pow(d.Rating.Strength - intercept - (slope * d.Score), 2)) / (established.Count - 2);
        var ratingNoise = established.Average(d => perRace / d.Rating.Races);
        var variance = Math.Max(LeastVariance, residual - ratingNoise);
        return new SalaryPrior(intercept, slope, perRace / variance);
    }

    /// <summary>Normal scores of the drivers' salary ranks, dearest highest; equal salaries share their mean rank.</summary>
    public static double[] SalaryScores(IReadOnlyList<SlateDriver> drivers)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        var n = drivers.Count;
        return [.. drivers.Select(d =>
        {
            var (above, equal) = (drivers.Count(o => o.Salary > d.Salary), drivers.Count(o => o.Salary == d.Salary));
            var rank = above + ((equal - 1) / 2.0);
            return NormalDistribution.Quantile((n - rank - 0.5) / n);
        })];
    }

    /// <summary>
    /// The variance of one race's performance score around the driver's own mean, pooled over every driver with two or
    /// more races of the series before the rating day; null when no driver has two.
    /// </summary>
    private static double? WithinDriverVariance(RaceHistory history, Series series, DateOnly ratingDay)
    {
        var scores = new Dictionary<string, (int Count, double Sum, double Squares)>();
        foreach (var race in history.Of(series).TakeWhile(r => r.Date < ratingDay))
        {
            foreach (var entry in race.Drivers)
            {
                var key = DriverName.Key(entry.Result.Driver);
                var (count, sum, squares) = scores.GetValueOrDefault(key);
                scores[key] = (count + 1, sum + entry.Performance, squares + (entry.Performance * entry.Performance));
            }
        }

        var repeat = scores.Values.Where(s => s.Count >= 2).ToList();
        var freedom = repeat.Sum(s => s.Count - 1);
        return freedom == 0 ? null : repeat.Sum(s => s.Squares - (s.Sum * s.Sum / s.Count)) / freedom;
    }
}
