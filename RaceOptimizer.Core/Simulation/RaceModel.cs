using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Every lap-level parameter of the race simulation, per track type, per series and per track, in one place:
/// calibration (tools/RaceOptimizer.Calibration, docs/calibration.md) tunes these numbers, not the code. The type's
/// values hold for a lap of the type's usual length; <see cref="Compile"/> turns them into one track's.
/// </summary>
public sealed class RaceModel(IReadOnlyDictionary<TrackType, TrackTypeModel> trackTypeModels, IReadOnlyDictionary<Series, SeriesModel> seriesModels, TrackFits? trackFits = null, EngineFit? engineFit = null)
{
    public static RaceModel Default { get; } = new(
        new Dictionary<TrackType, TrackTypeModel>
        {
            [TrackType.Superspeedway] = new(
                LapSeconds: 47, StrengthPace: 0.06, GridStrength: 0, RaceFormSd: 0.05, LapNoiseSd: 0.12, TireFalloff: 0.002, AirPenalty: -0.25, AirRange: 0.6,
                FuelWindow: 42, FuelWindowSpread: 6, GreenPitLoss: 40, CautionPitTireAge: 12, CautionStayOut: 0.1, PitShuffleSd: 4,
                CautionRate: 0.004, CautionLapsMin: 4, CautionLapsMax: 7, IncidentRate: 0.00015, IncidentOut: 0.4,
                WreckRate: 0.018, WreckExtraCars: 6, WreckOut: 0.5, DamagePace: 0.3,
                MechanicalRate: 0.00016, MechanicalCaution: 0.3, StageOne: 0.32, StageTwo: 0.64, QualifyingSd: 1.0, RestartSpacing: 0.08),
            [TrackType.Intermediate] = new(
                LapSeconds: 31, StrengthPace: 0.22, GridStrength: 0.4, RaceFormSd: 0.1, LapNoiseSd: 0.4, TireFalloff: 0.012, AirPenalty: 0.2, AirRange: 1.0,
                FuelWindow: 55, FuelWindowSpread: 6, GreenPitLoss: 38, CautionPitTireAge: 12, CautionStayOut: 0.4, PitShuffleSd: 6,
                CautionRate: 0.002, CautionLapsMin: 4, CautionLapsMax: 7, IncidentRate: 0.00035, IncidentOut: 0.45,
                WreckRate: 0.006, WreckExtraCars: 1.5, WreckOut: 0.4, DamagePace: 0.4,
                MechanicalRate: 0.00017, MechanicalCaution: 0.4, StageOne: 0.30, StageTwo: 0.62, QualifyingSd: 0.6, RestartSpacing: 0.1),
            [TrackType.ShortTrack] = new(
                LapSeconds: 19, StrengthPace: 0.12, GridStrength: 0.6, RaceFormSd: 0.05, LapNoiseSd: 0.2, TireFalloff: 0.004, AirPenalty: 0.05, AirRange: 0.5,
                FuelWindow: 110, FuelWindowSpread: 10, GreenPitLoss: 28, CautionPitTireAge: 20, CautionStayOut: 0.5, PitShuffleSd: 6,
                CautionRate: 0.0012, CautionLapsMin: 5, CautionLapsMax: 9, IncidentRate: 0.0002, IncidentOut: 0.3,
                WreckRate: 0.0025, WreckExtraCars: 1.5, WreckOut: 0.3, DamagePace: 0.25,
                MechanicalRate: 0.00015, MechanicalCaution: 0.3, StageOne: 0.28, StageTwo: 0.6, QualifyingSd: 0.6, RestartSpacing: 0.08),
            [TrackType.Flat] = new(
                LapSeconds: 28, StrengthPace: 0.2, GridStrength: 0.55, RaceFormSd: 0.1, LapNoiseSd: 0.35, TireFalloff: 0.008, AirPenalty: 0.2, AirRange: 1.0,
                FuelWindow: 70, FuelWindowSpread: 8, GreenPitLoss: 36, CautionPitTireAge: 15, CautionStayOut: 0.4, PitShuffleSd: 6,
                CautionRate: 0.0015, CautionLapsMin: 4, CautionLapsMax: 8, IncidentRate: 0.00045, IncidentOut: 0.4,
                WreckRate: 0.006, WreckExtraCars: 1.5, WreckOut: 0.4, DamagePace: 0.35,
                MechanicalRate: 0.00012, MechanicalCaution: 0.3, StageOne: 0.22, StageTwo: 0.6, QualifyingSd: 0.6, RestartSpacing: 0.1),
            [TrackType.RoadCourse] = new(
                LapSeconds: 85, StrengthPace: 0.55, GridStrength: 0.7, RaceFormSd: 0.3, LapNoiseSd: 0.8, TireFalloff: 0.03, AirPenalty: 0.35, AirRange: 1.5,
                FuelWindow: 25, FuelWindowSpread: 5, GreenPitLoss: 38, CautionPitTireAge: 8, CautionStayOut: 0.4, PitShuffleSd: 6,
                CautionRate: 0.004, CautionLapsMin: 2, CautionLapsMax: 4, IncidentRate: 0.0014, IncidentOut: 0.4,
                WreckRate: 0.006, WreckExtraCars: 1, WreckOut: 0.35, DamagePace: 1.0,
                MechanicalRate: 0.0008, MechanicalCaution: 0.2, StageOne: 0.25, StageTwo: 0.55, QualifyingSd: 0.7, RestartSpacing: 0.2),
            [TrackType.StreetCourse] = new(
                LapSeconds: 110, StrengthPace: 0.6, GridStrength: 0.2, RaceFormSd: 0.6, LapNoiseSd: 0.8, TireFalloff: 0.03, AirPenalty: 0.7, AirRange: 1.5,
                FuelWindow: 25, FuelWindowSpread: 5, GreenPitLoss: 45, CautionPitTireAge: 8, CautionStayOut: 0.15, PitShuffleSd: 4,
                CautionRate: 0.02, CautionLapsMin: 3, CautionLapsMax: 5, IncidentRate: 0.0012, IncidentOut: 0.45,
                WreckRate: 0.008, WreckExtraCars: 1.5, WreckOut: 0.2, DamagePace: 1.2,
                MechanicalRate: 0.0004, MechanicalCaution: 0.2, StageOne: 0.25, StageTwo: 0.55, QualifyingSd: 0.8, RestartSpacing: 0.2),
            [TrackType.Dirt] = new(
                LapSeconds: 20, StrengthPace: 0.14, GridStrength: 0.6, RaceFormSd: 0.08, LapNoiseSd: 0.12, TireFalloff: 0.004, AirPenalty: 0.1, AirRange: 0.5,
                FuelWindow: 90, FuelWindowSpread: 10, GreenPitLoss: 28, CautionPitTireAge: 25, CautionStayOut: 0.4, PitShuffleSd: 6,
                CautionRate: 0.014, CautionLapsMin: 4, CautionLapsMax: 7, IncidentRate: 0.0012, IncidentOut: 0.3,
                WreckRate: 0.01, WreckExtraCars: 1.5, WreckOut: 0.3, DamagePace: 0.3,
                MechanicalRate: 0.0002, MechanicalCaution: 0.3, StageOne: 0.3, StageTwo: 0.6, QualifyingSd: 0.8, RestartSpacing: 0.1),
        },
        new Dictionary<Series, SeriesModel>
        {
            [Series.Cup] = new(StrengthPaceFactor: 1, CautionFactor: 1, IncidentFactor: 1, WreckFactor: 1, StayOutFactor: 1, MechanicalFactor: 1),
            [Series.OReilly] = new(StrengthPaceFactor: 1.8, CautionFactor: 1.0, IncidentFactor: 3.0, WreckFactor: 1.4, StayOutFactor: 0.3, MechanicalFactor: 4.0),
            [Series.Trucks] = new(StrengthPaceFactor: 1.6, CautionFactor: 1.6, IncidentFactor: 3.4, WreckFactor: 1.6, StayOutFactor: 0.3, MechanicalFactor: 4.0),
        },
        TrackFits.Fitted,
        EngineFit.Fitted);

    public TrackFits TrackFits { get; } = trackFits ?? TrackFits.None;

    public EngineFit EngineFit { get; } = engineFit ?? EngineFit.None;

    /// <summary>The same type and series parameters with another track fit: a backtest's, fitted on races before its season.</summary>
    public RaceModel With(TrackFits fits) => new(trackTypeModels, seriesModels, fits, EngineFit);

    /// <summary>The same parameters with another strength-to-pace scaling: a fit's trial, or one fitted on races before a season.</summary>
    public RaceModel With(EngineFit fit) => new(trackTypeModels, seriesModels, TrackFits, fit);

    /// <summary>
    /// The per-lap parameters of a race of <paramref name="series"/> at <paramref name="track"/> (a catalog name; null
    /// for the type alone): the type's values with the fitted strength scales and the series' factors, then with the track's. Chances of the type
    /// are per lap of the type's usual length, so they scale with the track's lap to stay the same per mile, and the
    /// fitted accident and failure factors scale them further; the fuel window, a distance, holds fewer long laps.
    /// Lap time, pace, air, pit and stage figures stay the type's: the loop data has no lap times or cautions to fit
    /// them per track.
    /// </summary>
    public TrackTypeModel Compile(Series series, TrackType trackType, string? track)
    {
        var (type, factors, scale) = (For(trackType), For(series), TrackFits.ScaleOf(track, trackType));
        return type with
        {
            StrengthPace = type.StrengthPace * EngineFit.StrengthPace * factors.StrengthPaceFactor,
            GridStrength = type.GridStrength * EngineFit.GridStrength,
            CautionRate = type.CautionRate * factors.CautionFactor * scale.Length,
            IncidentRate = type.IncidentRate * factors.IncidentFactor * scale.Length * scale.Accident,
            WreckRate = type.WreckRate * factors.WreckFactor * scale.Length * scale.Accident,
            MechanicalRate = type.MechanicalRate * factors.MechanicalFactor * scale.Length * scale.Mechanical,
            CautionStayOut = type.CautionStayOut * factors.StayOutFactor,
            FuelWindow = Math.Max(1, (int)Math.Round(type.FuelWindow / scale.Length)),
            FuelWindowSpread = (int)Math.Round(type.FuelWindowSpread / scale.Length),
        };
    }

    public TrackTypeModel For(TrackType trackType) =>
        trackTypeModels.TryGetValue(trackType, out var model) ? model : throw new ArgumentOutOfRangeException(nameof(trackType), trackType, "The race model has no parameters for this track type.");

    public SeriesModel For(Series series) =>
        seriesModels.TryGetValue(series, out var model) ? model : throw new ArgumentOutOfRangeException(nameof(series), series, "The race model has no parameters for this series.");
}
