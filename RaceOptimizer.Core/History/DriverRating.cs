namespace RaceOptimizer.Core.History;

/// <summary>A driver's strength at one track type, and how much history it rests on.</summary>
/// <param name="Races">Races of the series he has run before the rating date, every track type.</param>
/// <param name="TrackTypeRaces">Of those, races at the rated track type.</param>
public sealed record DriverRating(string Driver, double Strength, int Races, int TrackTypeRaces);
