using RaceOptimizer.Core.History;

namespace RaceOptimizer.Core.Calibration;

/// <summary>
/// The figures that say whether a race looks like a real one, computed alike for real and simulated races: how the
/// laps led were shared, how many cars were out at the end and why, how many laps were green, how much the order moved.
/// </summary>
/// <param name="TopLeaderShare">The top laps leader's laps led over the laps run.</param>
/// <param name="Leaders">Drivers who led at least one lap.</param>
/// <param name="AccidentShare">Share of starters out by accident at the finish.</param>
/// <param name="MechanicalShare">Share of starters out by failure at the finish.</param>
/// <param name="FastestLapsPerLap">Fastest laps credited over laps run: the share of green laps.</param>
/// <param name="MeanAbsolutePlaceDifferential">Mean of |start - finish|.</param>
/// <param name="FinishStartCorrelation">Pearson correlation of finish with start (both ranks, so Spearman's too).</param>
public sealed record RaceShape(
    double TopLeaderShare,
    double Leaders,
    double AccidentShare,
    double MechanicalShare,
    double FastestLapsPerLap,
    double MeanAbsolutePlaceDifferential,
    double FinishStartCorrelation)
{
    /// <summary>The figures, named as docs/calibration.md shows them, in the order of the record.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["top leader share", "leaders", "out: accident", "out: mechanical", "fastest laps / laps", "mean |place diff|", "finish~start corr"];

    public IReadOnlyList<double> Values => [TopLeaderShare, Leaders, AccidentShare, MechanicalShare, FastestLapsPerLap, MeanAbsolutePlaceDifferential, FinishStartCorrelation];

    public static RaceShape Of(int laps, IReadOnlyList<(int Start, int Finish, int LapsLed, int FastestLaps, FinishStatus Status)> drivers)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        double n = drivers.Count;
        var (maxLed, leaders, accidents, failures, fastest, moved) = (0, 0, 0, 0, 0, 0);
        foreach (var d in drivers)
        {
            maxLed = Math.Max(maxLed, d.LapsLed);
            leaders += d.LapsLed > 0 ? 1 : 0;
            accidents += d.Status == FinishStatus.Accident ? 1 : 0;
            failures += d.Status == FinishStatus.Mechanical ? 1 : 0;
            fastest += d.FastestLaps;
            moved += Math.Abs(d.Start - d.Finish);
        }

        return new RaceShape(maxLed / (double)laps, leaders, accidents / n, failures / n, fastest / (double)laps, moved / n, Correlation(drivers));
    }

    /// <summary>The mean of each figure over many races.</summary>
    public static RaceShape Mean(IReadOnlyCollection<RaceShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        double Average(Func<RaceShape, double> figure) => shapes.Average(figure);
        return new RaceShape(
            Average(s => s.TopLeaderShare),
            Average(s => s.Leaders),
            Average(s => s.AccidentShare),
            Average(s => s.MechanicalShare),
            Average(s => s.FastestLapsPerLap),
            Average(s => s.MeanAbsolutePlaceDifferential),
            Average(s => s.FinishStartCorrelation));
    }

    private static double Correlation(IReadOnlyList<(int Start, int Finish, int LapsLed, int FastestLaps, FinishStatus Status)> drivers)
    {
        var (meanStart, meanFinish) = (drivers.Average(d => d.Start), drivers.Average(d => d.Finish));
        var (covariance, startSpread, finishSpread) = (0.0, 0.0, 0.0);
        foreach (var d in drivers)
        {
            var (s, f) = (d.Start - meanStart, d.Finish - meanFinish);
            (covariance, startSpread, finishSpread) = (covariance + (s * f), startSpread + (s * s), finishSpread + (f * f));
        }

        return startSpread == 0 || finishSpread == 0 ? 0 : covariance / Math.Sqrt(startSpread * finishSpread);
    }
}
