using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tracks;

/// <summary>
/// Fits <see cref="TrackFits"/> from history. Each race's accident outs (and, apart, failures) per car-mile are taken
/// against its series' rate at its track type, so the three series pool into one factor per track. A track's factor is
/// the mean of its races' ratios shrunk toward 1 (its type) by empirical Bayes: the spread of single races around
/// their track's mean (a wreck takes out several cars at once, so races vary far more than counting noise says) against
/// the spread between tracks beyond it. Races on or after <c>before</c> are not looked at, so a backtest can fit on
/// what was known before each season.
/// </summary>
public static class TrackFitter
{
    public static TrackFits Fit(RaceHistory history, string source, DateOnly? before = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var races = history.Races.Where(r => before is null || r.Date < before).Select(Exposure.Of).ToList();
        var accident = Shrink(races, r => r.Accidents);
        var mechanical = Shrink(races, r => r.Failures);
        var types = races.GroupBy(r => r.Race.TrackType).OrderBy(g => g.Key).Select(g => new TrackTypeFit(
            g.Key,
            g.Count(),
            g.Sum(r => r.Race.Laps * r.LapMiles) / g.Sum(r => r.Race.Laps),
            (double)g.Sum(r => r.Accidents) / g.Sum(r => r.Cars),
            (double)g.Sum(r => r.Failures) / g.Sum(r => r.Cars)));
        var tracks = races.GroupBy(r => (r.Race.Track, r.Race.TrackType)).OrderBy(g => g.Key.Track, StringComparer.Ordinal).ThenBy(g => g.Key.TrackType).Select(g => new TrackFit(
            g.Key.Track,
            g.Key.TrackType,
            g.Count(),
            accident.Factors[g.Key],
            mechanical.Factors[g.Key],
            (double)g.Sum(r => r.Accidents) / g.Sum(r => r.Cars),
            (double)g.Sum(r => r.Failures) / g.Sum(r => r.Cars)));
        return new TrackFits(source, before, accident.PriorRaces, mechanical.PriorRaces, [.. types], [.. tracks]);
    }

    /// <summary>Each track's shrunk factor, and the prior strength in races that the spreads gave.</summary>
    private static (Dictionary<(string, TrackType), double> Factors, double PriorRaces) Shrink(List<Exposure> races, Func<Exposure, int> outs)
    {
        // The series' rate per car-mile at each track type: what a race's own rate is measured against.
        var typeRates = races.GroupBy(r => (r.Race.Series, r.Race.TrackType))
            .ToDictionary(g => g.Key, g => g.Sum(outs) / g.Sum(r => r.CarMiles));
        var groups = races.GroupBy(r => (r.Race.Track, r.Race.TrackType))
            .Select(g => (g.Key, Ratios: g.Select(r => typeRates[(r.Race.Series, r.Race.TrackType)] is var rate and > 0 ? outs(r) / r.CarMiles / rate : 1).ToList()))
            .ToList();

        var withinDegrees = groups.Sum(g => g.Ratios.Count - 1);
        var within = withinDegrees == 0 ? 0 : groups.Sum(g => g.Ratios.Sum(y => Math.Pow(y - g.Ratios.Average(), 2))) / withinDegrees;
        var between = Math.Max(0, groups.Average(g => Math.Pow(g.Ratios.Average() - 1, 2) - (within / g.Ratios.Count)));

        // No spread between tracks beyond noise: every track is its type (a prior of more races than any track has).
        var priorRaces = between > 0 ? within / between : races.Count;
        var factors = groups.ToDictionary(g => g.Key, g => ((g.Ratios.Sum() + priorRaces) / (g.Ratios.Count + priorRaces)));
        return (factors, priorRaces);
    }

    /// <summary>A race's cars, its miles, and how many cars it lost to accidents and to failures.</summary>
    private sealed record Exposure(HistoryRace Race, double LapMiles, int Cars, int Accidents, int Failures)
    {
        public double CarMiles => Cars * Race.Laps * LapMiles;

        public static Exposure Of(HistoryRace race) => new(
            race,
            TrackCatalog.Find(race.Track)!.Miles,
            race.Drivers.Count,
            race.Drivers.Count(d => d.Status == FinishStatus.Accident),
            race.Drivers.Count(d => d.Status == FinishStatus.Mechanical));
    }
}
