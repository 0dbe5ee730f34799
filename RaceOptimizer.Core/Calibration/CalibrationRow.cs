using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Calibration;

/// <summary>Real and simulated race shapes of one series at one track type, each the mean over its races.</summary>
public sealed record CalibrationRow(Series Series, TrackType TrackType, int Races, RaceShape Real, RaceShape Simulated);

/// <summary>A calibration: race shapes per series and track type, and the fantasy points' calibration.</summary>
public sealed record CalibrationReport(IReadOnlyList<CalibrationRow> Shapes, PointsCalibration Points);
