using System.Globalization;
using System.Text;
using RaceOptimizer.Core.Calibration;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Calibration;

/// <summary>The fantasy-points part of docs/calibration.md: driver points by strength tier and track type, best lineups.</summary>
internal static class PointsSection
{
    public static void Write(StringBuilder page, PointsCalibration points)
    {
        page.AppendLine("## DraftKings points");
        page.AppendLine();
        page.AppendLine("Each driver's real DraftKings points against his simulated distribution in that race: the share of driver-races whose real points fell below the simulated 10th, 50th and 90th percentiles (a tie counts half). Calibrated, these read 0.10 / 0.50 / 0.90. Loop data has no salaries, so drivers are tiered by their pre-race rating rank in the field (1-10, 11-20, 21-30, 31+) instead of by salary.");
        page.AppendLine();
        Coverage(page, "strength tier", points.ByTier);
        Coverage(page, "track type", points.ByTrackType);
        page.AppendLine("### Best lineup");
        page.AppendLine();
        page.AppendLine("A race's best lineup here is its six best DraftKings scores, the salary cap ignored: loop data has no historical salaries, so the cap cannot be applied. Each simulation's best lineup is taken the same way, so the two compare. Calibrated, the real best lies within the simulated 10-90% range in 80% of races and above half the simulations on average (share below 0.5).");
        page.AppendLine();
        page.AppendLine("| series | track type | races | real best | simulated p10 / p50 / p90 | real within p10-p90 | share of simulations below real |");
        page.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var row in points.BestLineups)
        {
            var s = row.SimulatedBest;
            page.AppendLine(Invariant($"| {SeriesNames.Display(row.Series)} | {row.Group} | {row.Races} | {row.RealBest:0.0} | {s.P10:0.0} / {s.P50:0.0} / {s.P90:0.0} | {row.WithinRange:0.00} | {row.ShareBelow:0.00} |"));
        }

        page.AppendLine();
    }

    private static void Coverage(StringBuilder page, string group, IReadOnlyList<PointsCoverageRow> rows)
    {
        page.AppendLine(Invariant($"| series | {group} | driver-races | below p10 | below p50 | below p90 |"));
        page.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var b = row.ShareBelow;
            page.AppendLine(Invariant($"| {SeriesNames.Display(row.Series)} | {row.Group} | {row.DriverRaces} | {b.P10:0.000} | {b.P50:0.000} | {b.P90:0.000} |"));
        }

        page.AppendLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
