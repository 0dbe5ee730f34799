namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// How races at one track type run, lap by lap: the numbers calibration tunes. Times are seconds; rates are chances
/// per green lap (per car where said) of the type's usual lap length, which <see cref="RaceModel.Compile"/> turns into
/// one track's. Plain values only, so a GPU kernel can take it as it is.
/// </summary>
/// <param name="LapSeconds">A green lap's usual time: it turns a gap into laps down and scales the pit losses.</param>
/// <param name="StrengthPace">Seconds a lap gained per unit of driver strength.</param>
/// <param name="GridStrength">
/// Strength a car shows on the day per unit of its grid score (the normal score of its start position): qualifying
/// reveals how fast the car is this weekend, which history alone cannot. Near zero on superspeedways, where the draft
/// makes qualifying speed say little about race pace.
/// </param>
/// <param name="RaceFormSd">Spread of a car's pace on the day (setup, luck with the handling), seconds a lap, drawn once a race.</param>
/// <param name="LapNoiseSd">Spread of one lap's time around the car's pace.</param>
/// <param name="TireFalloff">Seconds a lap lost per lap on the tires since the last stop.</param>
/// <param name="AirPenalty">
/// Seconds a lap lost by a car right behind another, fading to nothing at <paramref name="AirRange"/> seconds back: dirty
/// air, which makes passing hard and keeps the leader in front. Negative on superspeedways, where the draft pulls the
/// follower past.
/// </param>
/// <param name="AirRange">Gap, in seconds, beyond which the car ahead no longer matters.</param>
/// <param name="FuelWindow">Green laps on one stop (fuel or tires, whichever runs out first).</param>
/// <param name="FuelWindowSpread">Cars stop up to this many laps before the window closes, each stop drawn anew.</param>
/// <param name="GreenPitLoss">Seconds a green-flag stop costs against a car that stays out.</param>
/// <param name="CautionPitTireAge">Under caution, cars whose tires are at least this old pit.</param>
/// <param name="CautionStayOut">Chance a car due to pit under caution stays out for track position instead.</param>
/// <param name="PitShuffleSd">How many places pit road reshuffles the cars that pit under caution (crew speed).</param>
/// <param name="CautionRate">Chance a green lap ends in a caution for debris or anything else not modelled as an incident.</param>
/// <param name="CautionLapsMin">Fewest laps a caution lasts, the green lap it came out on not counted.</param>
/// <param name="CautionLapsMax">Most laps a caution lasts.</param>
/// <param name="IncidentRate">Chance per car and green lap of a single-car spin or crash; each brings a caution.</param>
/// <param name="IncidentOut">Chance a single-car incident ends the car's race; otherwise it continues damaged.</param>
/// <param name="WreckRate">Chance per green lap of a multi-car wreck.</param>
/// <param name="WreckExtraCars">Mean number of cars a wreck collects beyond the two that start it (geometric).</param>
/// <param name="WreckOut">Chance each car in a wreck is out; otherwise it continues damaged.</param>
/// <param name="DamagePace">Seconds a lap a damaged car loses for the rest of the race.</param>
/// <param name="MechanicalRate">Chance per car and green lap of a failure that ends the race (engine, suspension, ...).</param>
/// <param name="MechanicalCaution">Chance a failure brings out a caution (oil down, a car stopped on track).</param>
/// <param name="StageOne">End of stage one as a share of the scheduled laps; a stage end is a caution.</param>
/// <param name="StageTwo">End of stage two as a share of the scheduled laps.</param>
/// <param name="QualifyingSd">Spread, in strength units, of the qualifying draw used when the grid is not known.</param>
/// <param name="RestartSpacing">Seconds between consecutive cars lined up for a start or restart.</param>
public readonly record struct TrackTypeModel(
    double LapSeconds,
    double StrengthPace,
    double GridStrength,
    double RaceFormSd,
    double LapNoiseSd,
    double TireFalloff,
    double AirPenalty,
    double AirRange,
    int FuelWindow,
    int FuelWindowSpread,
    double GreenPitLoss,
    int CautionPitTireAge,
    double CautionStayOut,
    double PitShuffleSd,
    double CautionRate,
    int CautionLapsMin,
    int CautionLapsMax,
    double IncidentRate,
    double IncidentOut,
    double WreckRate,
    double WreckExtraCars,
    double WreckOut,
    double DamagePace,
    double MechanicalRate,
    double MechanicalCaution,
    double StageOne,
    double StageTwo,
    double QualifyingSd,
    double RestartSpacing);
