namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// How a series differs from the Cup baseline at every track type: the lower series have wider gaps between the best
/// and worst equipment, more cautions and more failures.
/// </summary>
/// <param name="StrengthPaceFactor">Multiplies <see cref="TrackTypeModel.StrengthPace"/>: how much more a strength gap is worth.</param>
/// <param name="CautionFactor">Multiplies the debris caution rate.</param>
/// <param name="IncidentFactor">Multiplies the single-car incident rate (wrecks, which the pack makes, are a matter of the track).</param>
/// <param name="WreckFactor">Multiplies the multi-car wreck rate.</param>
/// <param name="StayOutFactor">Multiplies <see cref="TrackTypeModel.CautionStayOut"/>: lower-series teams gamble on track position less.</param>
/// <param name="MechanicalFactor">Multiplies the mechanical failure rate.</param>
public readonly record struct SeriesModel(double StrengthPaceFactor, double CautionFactor, double IncidentFactor, double WreckFactor, double StayOutFactor, double MechanicalFactor);
