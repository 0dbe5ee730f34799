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
        page.AppendLine(Notes);
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

    private const string Notes = """
        What the points tables say (100 simulations per race, so a percentile is read to about 0.01; a share off by
        0.03 or more is a finding):
        - **Cup drivers rated 1-30** fall below their simulated p10 and p50 about as often as they should (0.075-0.097,
          0.475-0.512), but beat their simulated p90 12-13% of the time in the top two tiers (0.875, 0.880 below p90): the
          upper tail is thin, the big days (laps led, fastest laps) come more often than simulated. By track type the
          Cup shares hold within 0.03 of 0.10 and 0.50 everywhere but short tracks (0.556 below p50, 0.874 below p90).
        - **Drivers rated 31st or lower** (back markers and newcomers) score less than simulated in Cup (0.149 below p10,
          0.618 below p50), and in the lower series they have more disasters than simulated (0.17-0.20 below p10): the
          same under-modelled lower-series accidents and failures as in the race shapes above.
        - **Lower-series top tiers** fall below p10 too rarely (0.056-0.058) and below p50 too often (0.55): their
          simulated points are too high in the middle and too wide at the bottom.
        - **Best lineup**: the real best six lie within the simulated 10-90% range in under half the races (0.42-0.47
          against 0.80), and off-centre by track type: at Cup and O'Reilly superspeedways the simulations' best six score
          too high (the real one beats only 15-20% of them), at every other type but Trucks superspeedways too low (it
          beats 58-80%). Real races put more points on one or two dominators (laps led and fastest laps) than the
          simulation does, except in pack racing. This is the race engine's to close (laps-led ability per driver,
          per-track models), not the ratings'.
        """;
}
