using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.Backtest;

/// <summary>
/// The baselines' walk-forward memory of one series: fed each race after it has been forecast, so a forecast only ever
/// knows earlier races.
/// </summary>
internal sealed class Baselines
{
    private const int RecentRaces = 10;

    private readonly Dictionary<string, Queue<DriverOutcome>> recent = [];
    private readonly List<DriverOutcome> debuts = [];
    private readonly List<(int Start, DriverOutcome Outcome)> byStart = [];

    public void Add(HistoryRace race, IReadOnlyList<DriverOutcome> outcomes)
    {
        for (var i = 0; i < race.Drivers.Count; i++)
        {
            var (driver, outcome) = (race.Drivers[i].Result, outcomes[i]);
            var key = DriverName.Key(driver.Driver);
            if (!recent.TryGetValue(key, out var races))
            {
                recent[key] = races = new Queue<DriverOutcome>();
                debuts.Add(outcome);
            }

            races.Enqueue(outcome);
            if (races.Count > RecentRaces)
            {
                races.Dequeue();
            }

            byStart.Add((driver.Start, outcome));
        }
    }

    /// <summary>
    /// Each driver's last 10 races: mean points, interval from their 10th to 90th percentile, and his share of wins and
    /// top 10s in them (win shares normalized over the field). A driver without races gets what debutants scored.
    /// </summary>
    public IReadOnlyList<DriverForecast> RecentForm(HistoryRace race)
    {
        var forecasts = race.Drivers
            .Select(d => Forecast(recent.TryGetValue(DriverName.Key(d.Result.Driver), out var races) && races.Count > 0 ? [.. races] : debuts))
            .ToList();
        return NormalizeWins(forecasts);
    }

    /// <summary>
    /// Points as a line in start position fitted on every earlier driver-race, the interval from that line's residuals,
    /// and win and top-10 chances from how often each start position won or finished top 10 (smoothed).
    /// </summary>
    public IReadOnlyList<DriverForecast> StartPosition(HistoryRace race)
    {
        var (n, meanStart, meanPoints) = (byStart.Count, byStart.Average(r => r.Start), byStart.Average(r => r.Outcome.Points));
        var slope = byStart.Sum(r => (r.Start - meanStart) * (r.Outcome.Points - meanPoints)) / byStart.Sum(r => Math.Pow(r.Start - meanStart, 2));
        double Line(int start) => meanPoints + (slope * (start - meanStart));
        var residuals = byStart.Select(r => r.Outcome.Points - Line(r.Start)).Order().ToList();
        var (low, high) = (NearestRank.Percentile(residuals, 0.1), NearestRank.Percentile(residuals, 0.9));
        var forecasts = race.Drivers.Select(d =>
        {
            var start = d.Result.Start;
            var same = byStart.Where(r => r.Start == start).Select(r => r.Outcome).ToList();
            var (wins, top10) = (same.Count(o => o.Finish == 1), same.Count(o => o.Finish <= 10));
            var mean = Line(start);
            return new DriverForecast(mean, mean + low, mean + high, (wins + 0.5) / (same.Count + 1), (top10 + 0.5) / (same.Count + 1));
        }).ToList();
        return n == 0 ? forecasts : NormalizeWins(forecasts);
    }

    private static DriverForecast Forecast(IReadOnlyList<DriverOutcome> races)
    {
        var points = races.Select(r => r.Points).Order().ToList();
        return new DriverForecast(
            points.Average(),
            NearestRank.Percentile(points, 0.1),
            NearestRank.Percentile(points, 0.9),
            races.Count(r => r.Finish == 1) / (double)races.Count,
            races.Count(r => r.Finish <= 10) / (double)races.Count);
    }

    private static List<DriverForecast> NormalizeWins(List<DriverForecast> forecasts)
    {
        var total = forecasts.Sum(f => f.Win);
        return total == 0
            ? [.. forecasts.Select(f => f with { Win = 1.0 / forecasts.Count })]
            : [.. forecasts.Select(f => f with { Win = f.Win / total })];
    }
}
