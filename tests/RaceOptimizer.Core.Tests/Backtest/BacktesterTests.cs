using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tests.History;

namespace RaceOptimizer.Core.Tests.Backtest;

public class BacktesterTests
{
    private static readonly BacktestOptions LastThree = new(Series.Cup, TestHistory.FirstRace.AddDays(7 * 9), new DateOnly(2030, 1, 1), Simulations: 40);

    private static BacktestReport Run(IEnumerable<LoopDataRow> rows, BacktestOptions options) =>
        Backtester.Default.Run(RaceHistory.From(rows), options, null, TestContext.Current.CancellationToken);

    [Fact]
    public void Each_race_in_the_range_is_forecast_and_scored()
    {
        var report = Run(TestHistory.Rows(12), LastThree);

        Assert.Equal(3, report.Races.Count);
        Assert.All(report.Races, r => Assert.InRange(r.Model.Coverage80, 0, 1));
        Assert.All(report.Races, r => Assert.InRange(r.Model.WinnerLogLoss, 0, Math.Log(10 * 40)));
        Assert.True(report.Model.Spearman > 0.5, $"the model's rank correlation was {report.Model.Spearman}");
        Assert.Equal(report.Races.Average(r => r.Baselines.StartPosition.Mae), report.Baselines.StartPosition.Mae, 12);
    }

    [Fact]
    public void A_forecast_never_sees_its_own_race_or_later_ones()
    {
        var rows = TestHistory.Rows(12);
        var first = Run(rows, LastThree with { To = LastThree.From });

        // Later races, and the forecast race's own running positions (which ratings read), change nothing.
        var later = TestHistory.Rows(3, first: new DateOnly(2023, 1, 1)).Select(r => r with { Finish = 13 - r.Finish, AverageRunningPosition = 13 - r.Finish });
        var ownRace = rows.Select(r => r.Date == LastThree.From ? r with { AverageRunningPosition = 13 - r.AverageRunningPosition } : r);
        var again = Run(ownRace.Concat(later), LastThree with { To = LastThree.From });

        Assert.Equal(first.Races, again.Races);
    }

    [Fact]
    public void Progress_reaches_one_and_cancellation_stops_the_backtest()
    {
        var history = RaceHistory.From(TestHistory.Rows(12));
        var reports = new List<double>();
        Backtester.Default.Run(history, LastThree, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal([1 / 3.0, 2 / 3.0, 1], reports);
        Assert.ThrowsAny<OperationCanceledException>(() => Backtester.Default.Run(history, LastThree, null, cancelled.Token));
    }

    [Fact]
    public void Rank_correlation_shares_ranks_between_ties()
    {
        Assert.Equal(1, ForecastScores.RankCorrelation([1, 2, 3], [10, 20, 30]), 12);
        Assert.Equal(-1, ForecastScores.RankCorrelation([1, 2, 3], [3, 2, 1]), 12);
        Assert.Equal(Math.Sqrt(3) / 2, ForecastScores.RankCorrelation([1, 2, 3], [1, 2, 2]), 12);
    }

    [Fact]
    public void Scores_follow_their_definitions()
    {
        DriverForecast[] forecasts = [new(50, 40, 60, 0.6, 0.9), new(30, 20, 35, 0.4, 0.3)];
        DriverOutcome[] outcomes = [new(45, 2), new(40, 1)];

        var scores = ForecastScores.Of(forecasts, outcomes, probabilityFloor: 0.001);

        Assert.Equal(1, scores.Spearman, 12);
        Assert.Equal((5 + 10) / 2.0, scores.Mae, 12);
        Assert.Equal(-Math.Log(0.4), scores.WinnerLogLoss, 12);
        Assert.Equal((Math.Pow(0.9 - 1, 2) + Math.Pow(0.3 - 1, 2)) / 2, scores.Top10Brier, 12);
        Assert.Equal(0.5, scores.Coverage80, 12);
    }
}
