namespace RaceOptimizer.Core.Backtest;

/// <summary>What a forecaster said about one driver before a race, in DraftKings points.</summary>
/// <param name="Low">10th percentile: with <paramref name="High"/>, the 80% interval.</param>
/// <param name="High">90th percentile.</param>
public sealed record DriverForecast(double Mean, double Low, double High, double Win, double Top10);

/// <summary>What the driver did: his DraftKings points and finish.</summary>
public sealed record DriverOutcome(double Points, int Finish);
