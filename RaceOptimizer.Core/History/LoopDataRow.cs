using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.History;

/// <summary>
/// One driver's race as loop data records it: the unit history is imported and stored in. Flat, so a database can
/// keep it as one row; <see cref="RaceHistory"/> groups rows into races.
/// </summary>
/// <param name="Track">The track as the file names it; <see cref="RaceHistory"/> finds it in the catalog.</param>
/// <param name="AverageRunningPosition">Loop data's "avg", the driver's mean position over the laps he ran; null when the file lacks it.</param>
/// <param name="Status">"running" or why the car stopped.</param>
public sealed record LoopDataRow(
    string Driver,
    DateOnly Date,
    Series Series,
    string Track,
    int Start,
    int Finish,
    double? AverageRunningPosition,
    int LapsLed,
    int FastestLaps,
    int LapsCompleted,
    string Status);
