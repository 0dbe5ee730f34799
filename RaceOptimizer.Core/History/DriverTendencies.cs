using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.History;

/// <summary>
/// Per-driver crash, failure and lead tendencies from history, each shrunk toward the field by empirical Bayes with a
/// prior strength fitted from the same history (so a rating as of a date only ever uses races before it).
/// <list type="bullet">
/// <item>Crashes and failures: the driver's (recency-weighted) accident outs against what the races he ran would give
/// an average car, each race's own share of other cars out by accident (a wreck-heavy race expects more of him
/// too); his failures against the field's failure rate over the whole history (failures do not cluster by race, and
/// a race whose only failure is his own would expect none of him). The spread of these ratios beyond what chance
/// gives them is the variance between drivers; a driver's ratio counts for that against his own sampling variance.</item>
/// <item>Leading: the share of laps he led against what his performance score predicts (the field's mean at his
/// score), shrunk the same way, then turned into strength units through the slope of laps-led share on performance:
/// a driver who leads 5% more of the laps than his pace says leads like one that much stronger.</item>
/// </list>
/// </summary>
internal sealed class DriverTendencies
{
    // Performance scores are binned this finely for the field's expected laps-led share.
    private const double BinWidth = 0.25;

    private readonly Dictionary<string, Record> drivers = [];
    private readonly Dictionary<int, (double Weight, double Share, double Squares)> leadCurve = [];
    private double weight, performance, share, performanceSquares, performanceShares, failures;

    /// <summary>A race's accident outs, counted once for all its entries.</summary>
    public static int Accidents(HistoryRace race) => race.Drivers.Count(d => d.Status == FinishStatus.Accident);

    /// <param name="key">The driver's <see cref="DriverName.Key"/>, which the caller has at hand.</param>
    public void Add(string key, HistoryEntry entry, HistoryRace race, int accidents, double raceWeight)
    {
        var others = Math.Max(1.0, race.Drivers.Count - 1);
        var driver = drivers.TryGetValue(key, out var known) ? known : drivers[key] = new Record();
        var (crashed, failed) = (entry.Status == FinishStatus.Accident ? 1 : 0, entry.Status == FinishStatus.Mechanical ? 1 : 0);
        driver.Accidents.Add(raceWeight, crashed, (accidents - crashed) / others);
        driver.Failures.Add(raceWeight, failed, chance: 1);
        failures += raceWeight * failed;

        var led = race.Laps > 0 ? entry.Result.LapsLed / (double)race.Laps : 0;
        driver.Led.Add((raceWeight, entry.Performance, led));
        var bin = Bin(entry.Performance);
        var (binWeight, binShare, binSquares) = leadCurve.GetValueOrDefault(bin);
        leadCurve[bin] = (binWeight + raceWeight, binShare + (raceWeight * led), binSquares + (raceWeight * led * led));
        (weight, performance, share) = (weight + raceWeight, performance + (raceWeight * entry.Performance), share + (raceWeight * led));
        (performanceSquares, performanceShares) = (performanceSquares + (raceWeight * entry.Performance * entry.Performance), performanceShares + (raceWeight * entry.Performance * led));
    }

    /// <summary>Every driver's shrunk tendencies, by <see cref="DriverName.Key"/>.</summary>
    public Dictionary<string, (double Incident, double Mechanical, double Lead)> Shrink()
    {
        var accidentSpread = Count.BetweenVariance(drivers.Values.Select(d => d.Accidents));
        // Failures were counted at a chance of 1 a race: the field's rate scales them now that it is known.
        var failureRate = weight > 0 ? failures / weight : 0;
        var failureCounts = drivers.ToDictionary(d => d.Key, d => d.Value.Failures.AtRate(failureRate));
        var failureSpread = Count.BetweenVariance(failureCounts.Values);
        var residuals = drivers.ToDictionary(d => d.Key, d => Residual(d.Value.Led));

        var between = LeadVariance([.. residuals.Values.Where(r => r.Sampling > 0)]);
        var slope = LeadSlope();
        return drivers.ToDictionary(d => d.Key, d =>
        {
            var (mean, sampling) = residuals[d.Key];
            var lead = between > 0 && slope > 0 ? mean * between / (between + sampling) / slope : 0;
            return (d.Value.Accidents.Shrunk(accidentSpread), failureCounts[d.Key].Shrunk(failureSpread), lead);
        });
    }

    /// <summary>
    /// How much drivers' true lead tendencies spread around 0, beyond their residuals' sampling (DerSimonian-Laird:
    /// precision-weighted, so a driver of three races does not swamp one of a hundred). 0 when nothing is left.
    /// </summary>
    private static double LeadVariance(List<(double Mean, double Sampling)> residuals)
    {
        var (q, weights, squares) = (0.0, 0.0, 0.0);
        foreach (var (mean, sampling) in residuals)
        {
            q += mean * mean / sampling;
            weights += 1 / sampling;
            squares += 1 / (sampling * sampling);
        }

        return weights > 0 ? Math.Max(0, (q - residuals.Count) / (weights - (squares / weights))) : 0;
    }

    private static int Bin(double performance) => (int)Math.Floor(performance / BinWidth);

    /// <summary>Laps-led share gained per unit of performance: the weighted least-squares slope over every entry.</summary>
    private double LeadSlope()
    {
        if (weight <= 0)
        {
            return 0;
        }

        var (meanPerformance, meanShare) = (performance / weight, share / weight);
        var variance = (performanceSquares / weight) - (meanPerformance * meanPerformance);
        return variance > 0 ? ((performanceShares / weight) - (meanPerformance * meanShare)) / variance : 0;
    }

    /// <summary>
    /// A driver's weighted mean laps-led share beyond the field's at his scores, and its sampling variance: each race's
    /// share varies as the field's does at his score (a front-runner's share swings far more than a backmarker's).
    /// </summary>
    private (double Mean, double Sampling) Residual(List<(double Weight, double Performance, double Share)> races)
    {
        var (sum, weights, variance) = (0.0, 0.0, 0.0);
        foreach (var (raceWeight, score, led) in races)
        {
            var (binWeight, binShare, binSquares) = leadCurve[Bin(score)];
            var expected = binShare / binWeight;
            sum += raceWeight * (led - expected);
            weights += raceWeight;
            variance += raceWeight * raceWeight * Math.Max(0, (binSquares / binWeight) - (expected * expected));
        }

        return weights > 0 ? (sum / weights, variance / (weights * weights)) : (0, 0);
    }

    private sealed class Record
    {
        public Count Accidents { get; } = new();

        public Count Failures { get; } = new();

        public List<(double Weight, double Performance, double Share)> Led { get; } = [];
    }

    /// <summary>Recency-weighted outs of one kind against what an average car in the same races would have had.</summary>
    private sealed class Count
    {
        private double observed, expected, variance, squares;

        public void Add(double weight, int outs, double chance)
        {
            observed += weight * outs;
            expected += weight * chance;
            variance += weight * weight * chance * (1 - chance);
            squares += weight * weight;
        }

        /// <summary>This count, added at a chance of 1 a race, at the same <paramref name="rate"/> in every race instead.</summary>
        public Count AtRate(double rate) => new() { observed = observed, expected = expected * rate, variance = squares * rate * (1 - rate), squares = squares };

        /// <summary>The variance of drivers' true ratios around 1, beyond their sampling variance (method of moments, at least 0).</summary>
        public static double BetweenVariance(IEnumerable<Count> counts)
        {
            var (excess, scale) = (0.0, 0.0);
            foreach (var count in counts.Where(c => c.expected > 0))
            {
                excess += ((count.observed - count.expected) * (count.observed - count.expected)) - count.variance;
                scale += count.expected * count.expected;
            }

            return scale > 0 ? Math.Max(0, excess / scale) : 0;
        }

        /// <summary>The driver's ratio of outs to expected outs, weighed against the field's 1 by their variances.</summary>
        public double Shrunk(double between)
        {
            if (expected <= 0 || between <= 0)
            {
                return 1;
            }

            var sampling = variance / (expected * expected);
            return 1 + (between / (between + sampling) * ((observed / expected) - 1));
        }
    }
}
