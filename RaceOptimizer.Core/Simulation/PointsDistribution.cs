namespace RaceOptimizer.Core.Simulation;

/// <summary>A driver's fantasy points over the simulations: the mean and the 10th, 50th and 90th percentiles.</summary>
public sealed record PointsDistribution(double Mean, double P10, double P50, double P90);
