namespace RaceOptimizer.Core.Scoring;

/// <summary>A driver's fantasy points, item by item, in points (two decimals at most).</summary>
public sealed record ScoreBreakdown(double Finish, double PlaceDifferential, double LapsLed, double FastestLaps, double LapsCompleted, double Total)
{
    public static ScoreBreakdown Zero { get; } = new(0, 0, 0, 0, 0, 0);

    // The total comes from the integer hundredths, not from adding the doubles, so it is exact.
    internal static ScoreBreakdown FromHundredths(int finish, int placeDifferential, int lapsLed, int fastestLaps, int lapsCompleted) => new(
        Points(finish),
        Points(placeDifferential),
        Points(lapsLed),
        Points(fastestLaps),
        Points(lapsCompleted),
        Points(finish + placeDifferential + lapsLed + fastestLaps + lapsCompleted));

    private static double Points(int hundredths) => hundredths / (double)ScoringTable.Scale;
}
