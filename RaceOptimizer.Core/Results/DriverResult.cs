namespace RaceOptimizer.Core.Results;

/// <summary>How one driver's race went, in the terms the sites score.</summary>
/// <param name="Start">The qualified position, which the sites score place differential from.</param>
/// <param name="Finish">
/// The finishing position the file gives. For loop data that is the on-track finish: a car disqualified after the race
/// keeps the position it crossed the line in (Pocono 2022: Hamlin 1st), where official results move it to the back.
/// </param>
/// <param name="Status">"running" or why the car stopped (accident, engine, ...).</param>
public sealed record DriverResult(string Driver, int Start, int Finish, int LapsLed, int FastestLaps, int LapsCompleted, string Status);
