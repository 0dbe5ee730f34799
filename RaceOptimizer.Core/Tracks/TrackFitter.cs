using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tracks;

/// <summary>
/// Fits <see cref="TrackFits"/> from history. Each race's accident outs (and, apart, failures) are set against what
/// its series' rate per car-mile at its track type would give, so the three series pool into one factor per track. A
/// track's factor is its outs over those expected, shrunk toward 1 (its type) by empirical Bayes: a wreck takes out
/// several cars at once, so races vary more than counting noise says (the dispersion, fitted per type), and the
/// spread between tracks beyond it decides how far a track's own rate is trusted. Races on or after <c>before</c> are
/// not looked at, so a backtest can fit on what was known before each season (<see cref="Simulation.RaceModel.With"/>).
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
            Calibrated(g).Sum(r => r.Race.Laps * r.LapMiles) / Calibrated(g).Sum(r => r.Race.Laps),
            (double)g.Sum(r => r.Accidents) / g.Sum(r => r.Cars),
            (double)g.Sum(r => r.Failures) / g.Sum(r => r.Cars),
            accident.PriorOuts.GetValueOrDefault(g.Key),
            mechanical.PriorOuts.GetValueOrDefault(g.Key))).ToList();
        var lapMiles = types.ToDictionary(t => t.TrackType, t => t.LapMiles);
        var accidentNorm = Norms(races, lapMiles, accident.Factors);
        var mechanicalNorm = Norms(races, lapMiles, mechanical.Factors);
        var tracks = races.GroupBy(r => (r.Race.Track, r.Race.TrackType)).OrderBy(g => g.Key.Track, StringComparer.Ordinal).ThenBy(g => g.Key.TrackType).Select(g => new TrackFit(
            g.Key.Track,
            g.Key.TrackType,
            g.Count(),
            accident.Factors[g.Key] / accidentNorm[g.Key.TrackType],
            mechanical.Factors[g.Key] / mechanicalNorm[g.Key.TrackType],
            (double)g.Sum(r => r.Accidents) / g.Sum(r => r.Cars),
            (double)g.Sum(r => r.Failures) / g.Sum(r => r.Cars)));
        return new TrackFits(source, before, types, [.. tracks]);
    }

    /// <summary>
    /// The races the type parameters were calibrated on (docs/calibration.md tunes them on Cup): where the type has
    /// any, its usual lap and the factors' mean are taken over these, so the type's Cup races keep, on average, the
    /// chances they were calibrated with; the length and the factors only share them out between its tracks.
    /// </summary>
    private static IEnumerable<Exposure> Calibrated(IEnumerable<Exposure> races)
    {
        var cup = races.Where(r => r.Race.Series == Series.Cup).ToList();
        return cup.Count > 0 ? cup : races;
    }

    /// <summary>Per type, the mean of (length against the usual lap) x factor over its calibrated races' laps: what the factors are divided by.</summary>
    private static Dictionary<TrackType, double> Norms(List<Exposure> races, Dictionary<TrackType, double> lapMiles, Dictionary<(string, TrackType), double> factors) =>
        races.GroupBy(r => r.Race.TrackType).ToDictionary(
            g => g.Key,
            g => Calibrated(g).Sum(r => r.Race.Laps * r.LapMiles / lapMiles[g.Key] * factors[(r.Race.Track, g.Key)]) / Calibrated(g).Sum(r => r.Race.Laps));

    /// <summary>
    /// Each track's shrunk factor, and per type the prior strength (in expected outs) that the spreads gave. Counts are
    /// over-dispersed Poisson: a track's outs vary around its expected outs (the type's rate over its car-miles) by
    /// a dispersion fitted from its races' spread about their track's own rate; what the tracks' totals spread
    /// beyond that is the between-track variance. A track's weight on its own rate grows with its expected outs.
    /// </summary>
    private static (Dictionary<(string, TrackType), double> Factors, Dictionary<TrackType, double> PriorOuts) Shrink(List<Exposure> races, Func<Exposure, int> outs)
    {
        // The series' rate per car-mile at each track type: what a race's expected outs are taken at.
        var typeRates = races.GroupBy(r => (r.Race.Series, r.Race.TrackType))
            .ToDictionary(g => g.Key, g => g.Sum(outs) / g.Sum(r => r.CarMiles));
        var tracks = races.GroupBy(r => (r.Race.Track, r.Race.TrackType))
            .Select(g => (g.Key, Races: g.Select(r => (Outs: (double)outs(r), Expected: typeRates[(r.Race.Series, r.Race.TrackType)] * r.CarMiles)).ToList()))
            .Select(t => (t.Key, t.Races, Outs: t.Races.Sum(r => r.Outs), Expected: t.Races.Sum(r => r.Expected)))
            .Where(t => t.Expected > 0)
            .ToList();

        // Dispersion per type: a superspeedway's big one takes a dozen cars at once, a road course's spin one.
        var dispersions = tracks.GroupBy(t => t.Key.TrackType).ToDictionary(g => g.Key, g => Dispersion([.. g.Select(t => (t.Races, t.Outs, t.Expected))]));
        var between = Math.Max(0, tracks.Sum(t => ((t.Outs - t.Expected) * (t.Outs - t.Expected)) - (dispersions[t.Key.TrackType] * t.Expected)) / tracks.Sum(t => t.Expected * t.Expected));
        double Weight(double expected, TrackType type) => between * expected / ((between * expected) + dispersions[type]);

        var factors = tracks.ToDictionary(t => t.Key, t => 1 + (Weight(t.Expected, t.Key.TrackType) * ((t.Outs / t.Expected) - 1)));
        foreach (var unseen in races.Select(r => (r.Race.Track, r.Race.TrackType)).Where(key => !factors.ContainsKey(key)).ToList())
        {
            factors[unseen] = 1;
        }

        // With no spread between tracks beyond noise every track is its type: a prior as strong as every out seen.
        return (factors, dispersions.ToDictionary(d => d.Key, d => between > 0 ? d.Value / between : tracks.Sum(t => t.Outs)));
    }

    /// <summary>How much more a race's outs vary than Poisson counts would, about their track's own rate (1 when nothing varies).</summary>
    private static double Dispersion(List<(List<(double Outs, double Expected)> Races, double Outs, double Expected)> tracks)
    {
        var degrees = tracks.Sum(t => t.Races.Count - 1);
        var chiSquare = tracks.Where(t => t.Outs > 0).Sum(t => t.Races.Sum(r =>
        {
            var fitted = r.Expected * t.Outs / t.Expected;
            return (r.Outs - fitted) * (r.Outs - fitted) / fitted;
        }));
        return degrees > 0 && chiSquare > 0 ? chiSquare / degrees : 1;
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
