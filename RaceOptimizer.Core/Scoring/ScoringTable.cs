using System.Collections.Immutable;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Scoring;

/// <summary>
/// A site's NASCAR scoring rules as data. This is the one implementation of scoring: the GPU kernels copy these
/// tables to the device instead of restating the rules. Every value is in hundredths of a point
/// (<see cref="Scale"/>), so sums are exact integers and add up the same on CPU and GPU.
/// </summary>
/// <param name="FinishPoints">Points by finishing position: index 1 is the winner, index 0 is unused; past the end, 0.</param>
/// <param name="PlaceDifferentialPoints">Per position gained (start minus finish), negative when positions are lost.</param>
/// <param name="LapLedPoints">Per lap led.</param>
/// <param name="FastestLapPoints">Per lap on which the driver ran the fastest lap of the field.</param>
/// <param name="LapCompletedPoints">Per lap completed.</param>
public sealed record ScoringTable(
    Site Site,
    ImmutableArray<int> FinishPoints,
    int PlaceDifferentialPoints,
    int LapLedPoints,
    int FastestLapPoints,
    int LapCompletedPoints)
{
    public const int Scale = 100;

    /// <summary>DraftKings NASCAR Classic, the table in use since 2021.</summary>
    public static ScoringTable DraftKings { get; } = new(
        Site.DraftKings,
        Hundredths(0, 45, 42, 41, 40, 39, 38, 37, 36, 35, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1),
        PlaceDifferentialPoints: 100,
        LapLedPoints: 25,
        FastestLapPoints: 45,
        LapCompletedPoints: 0);

    public static ScoringTable FanDuel { get; } = new(
        Site.FanDuel,
        Hundredths(0, 43, 40, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1),
        PlaceDifferentialPoints: 50,
        LapLedPoints: 10,
        FastestLapPoints: 0,
        LapCompletedPoints: 10);

    public static ScoringTable For(Site site) => site switch
    {
        Site.DraftKings => DraftKings,
        Site.FanDuel => FanDuel,
        _ => throw new ArgumentOutOfRangeException(nameof(site), site, "No scoring table for this site."),
    };

    /// <summary>Finishing points in hundredths; 0 for any position past the table.</summary>
    public int FinishPointsAt(int finish)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(finish, 1);
        return FinishHundredths(finish);
    }

    /// <param name="start">The qualified position, even when the car was sent to the rear: the sites score from it.</param>
    public ScoreBreakdown Score(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(start, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(lapsLed);
        ArgumentOutOfRangeException.ThrowIfNegative(fastestLaps);
        ArgumentOutOfRangeException.ThrowIfNegative(lapsCompleted);
        return ScoreBreakdown.FromHundredths(
            FinishPointsAt(finish),
            PlaceDifferentialAt(start, finish),
            lapsLed * LapLedPoints,
            fastestLaps * FastestLapPoints,
            lapsCompleted * LapCompletedPoints);
    }

    /// <summary>
    /// The total of <see cref="Score"/> in hundredths, without allocating: what a simulation scores each driver of each
    /// race with. Arguments are trusted (the simulator makes them), so nothing is checked.
    /// </summary>
    public int TotalHundredths(int start, int finish, int lapsLed, int fastestLaps, int lapsCompleted) =>
        Rates.Total(FinishHundredths(finish), start, finish, lapsLed, fastestLaps, lapsCompleted);

    /// <summary>The per-unit values, for code that scores without this class (a GPU kernel).</summary>
    public ScoringRates Rates => new(PlaceDifferentialPoints, LapLedPoints, FastestLapPoints, LapCompletedPoints);

    /// <summary>
    /// The step between possible totals, in hundredths: the greatest common divisor of every value in the table
    /// (DraftKings 5, FanDuel 10). Distributions of points are kept in bins this wide, exactly.
    /// </summary>
    public int Resolution => FinishPoints.Aggregate(Gcd(Gcd(PlaceDifferentialPoints, LapLedPoints), Gcd(FastestLapPoints, LapCompletedPoints)), Gcd);

    private int FinishHundredths(int finish) => finish < FinishPoints.Length ? FinishPoints[finish] : 0;

    private int PlaceDifferentialAt(int start, int finish) => (start - finish) * PlaceDifferentialPoints;

    private static int Gcd(int a, int b) => b == 0 ? Math.Abs(a) : Gcd(b, a % b);

    private static ImmutableArray<int> Hundredths(params int[] points) => [.. points.Select(p => p * Scale)];
}
