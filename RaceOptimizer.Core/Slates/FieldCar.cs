namespace RaceOptimizer.Core.Slates;

/// <summary>
/// A car on the starting grid that the site does not sell: it races, so the slate drivers' finishes and place
/// differential are those of the real field, but it can never be in a lineup.
/// </summary>
/// <param name="Start">Qualified position.</param>
/// <param name="StartsAtRear">Sent to the rear before the green flag (a car or engine change): scored from its qualified start.</param>
public sealed record FieldCar(string Name, int Start, bool StartsAtRear = false);
