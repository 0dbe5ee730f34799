using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Backtest;

/// <summary>What a backtest covers.</summary>
/// <param name="Simulations">Simulations per race.</param>
public sealed record BacktestOptions(Series Series, DateOnly From, DateOnly To, int Simulations, ulong Seed = 1)
{
    /// <summary>Cores each race's simulation may use; null for all the pool offers.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Forecast each race as a user's undated slate with its grid (<see cref="UserSlateForecast"/>), not dated.</summary>
    public bool Undated { get; init; }
}

/// <summary>The two simple forecasts the model must beat.</summary>
/// <param name="RecentForm">A driver's mean DraftKings points over his last 10 races in the series, interval from those 10.</param>
/// <param name="StartPosition">Points falling with start position (a line fitted on earlier races).</param>
public sealed record BaselineScores(ForecastScores RecentForm, ForecastScores StartPosition);

/// <summary>One race of a backtest.</summary>
public sealed record BacktestRace(string Race, DateOnly Date, TrackType TrackType, int Drivers, ForecastScores Model, BaselineScores Baselines);

/// <summary>The mean scores over the races, and each race's.</summary>
public sealed record BacktestReport(ForecastScores Model, BaselineScores Baselines, IReadOnlyList<BacktestRace> Races);
