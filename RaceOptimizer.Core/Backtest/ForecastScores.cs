namespace RaceOptimizer.Core.Backtest;

/// <summary>How good a forecast of one race (or the mean over races) was.</summary>
/// <param name="Spearman">Rank correlation of the projected mean DraftKings points with the actual ones; higher is better.</param>
/// <param name="Mae">Mean absolute error of the projected mean DraftKings points; lower is better.</param>
/// <param name="WinnerLogLoss">-ln P(actual winner), P floored; lower is better.</param>
/// <param name="Top10Brier">Mean squared error of the top-10 probabilities; lower is better.</param>
/// <param name="Coverage80">Share of drivers whose points fell inside the 80% interval; 0.8 is right.</param>
public sealed record ForecastScores(double Spearman, double Mae, double WinnerLogLoss, double Top10Brier, double Coverage80)
{
    /// <param name="probabilityFloor">The least probability a winner is given: 1 / (10 x simulations).</param>
    public static ForecastScores Of(IReadOnlyList<DriverForecast> forecasts, IReadOnlyList<DriverOutcome> outcomes, double probabilityFloor)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(outcomes);
        var pairs = forecasts.Zip(outcomes).ToList();
        var winner = pairs.First(p => p.Second.Finish == 1).First;
        return new ForecastScores(
            RankCorrelation([.. forecasts.Select(f => f.Mean)], [.. outcomes.Select(o => o.Points)]),
            pairs.Average(p => Math.Abs(p.First.Mean - p.Second.Points)),
            -Math.Log(Math.Max(winner.Win, probabilityFloor)),
            pairs.Average(p => Math.Pow(p.First.Top10 - (p.Second.Finish <= 10 ? 1 : 0), 2)),
            pairs.Average(p => p.Second.Points >= p.First.Low && p.Second.Points <= p.First.High ? 1.0 : 0.0));
    }

    public static ForecastScores Mean(IReadOnlyCollection<ForecastScores> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new ForecastScores(
            scores.Average(s => s.Spearman),
            scores.Average(s => s.Mae),
            scores.Average(s => s.WinnerLogLoss),
            scores.Average(s => s.Top10Brier),
            scores.Average(s => s.Coverage80));
    }

    /// <summary>Pearson correlation of the ranks, ties sharing their mean rank.</summary>
    public static double RankCorrelation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var (rx, ry) = (Ranks(x), Ranks(y));
        var (mx, my) = (rx.Average(), ry.Average());
        var (sxy, sxx, syy) = (0.0, 0.0, 0.0);
        for (var i = 0; i < rx.Length; i++)
        {
            (sxy, sxx, syy) = (sxy + ((rx[i] - mx) * (ry[i] - my)), sxx + ((rx[i] - mx) * (rx[i] - mx)), syy + ((ry[i] - my) * (ry[i] - my)));
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0;
            }

            start = end + 1;
        }

        return ranks;
    }
}
