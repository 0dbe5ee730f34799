namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// The `result` of a backtest job: the mean scores of the model and the baselines over the races, each race's, and
/// the options it ran with.
/// </summary>
/// <param name="Series">The series, as Core's Series names it.</param>
public sealed record BacktestJobResult(
    BacktestSummary Summary,
    IReadOnlyList<BacktestRace> Races,
    string Series,
    DateOnly From,
    DateOnly To,
    int Simulations,
    ulong Seed);

public sealed record BacktestSummary(ForecastScores Model, BaselineScores Baselines);

public sealed record BaselineScores(ForecastScores RecentForm, ForecastScores StartPosition);

/// <param name="TrackType">The track's family, as Core's TrackType names it.</param>
public sealed record BacktestRace(string Race, DateOnly Date, string TrackType, int Drivers, ForecastScores Model, BaselineScores Baselines);

/// <summary>How good a forecast was; see Core's ForecastScores for which way is better.</summary>
public sealed record ForecastScores(double Spearman, double Mae, double WinnerLogLoss, double Top10Brier, double Coverage80);
