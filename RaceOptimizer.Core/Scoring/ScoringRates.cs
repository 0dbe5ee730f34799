namespace RaceOptimizer.Core.Scoring;

/// <summary>
/// The per-unit values of a <see cref="ScoringTable"/> (hundredths) and the one formula that totals a race with them. A
/// plain struct, so a GPU kernel scores with this very method; only the finishing points come from a table it copies.
/// </summary>
public readonly record struct ScoringRates(int PlaceDifferential, int LapLed, int FastestLap, int LapCompleted)
{
    /// <param name="finishPoints">The table's points for <paramref name="finish"/>, in hundredths.</param>
    public int Total(int finishPoints, int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted) =>
        finishPoints
        + ((start - finish) * PlaceDifferential)
        + (lapsLed * LapLed)
        + (fastestLaps * FastestLap)
        + (lapsCompleted * LapCompleted);
}
