using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests;

public class ScoringTableTests
{
    // Written out from DOMAIN.md's tables, position by position, rather than computed: DraftKings skips a point after
    // 1st, 10th, 20th and 30th; FanDuel pays 43, 40, 38, then 41 minus the position; both pay nothing past 40th.
    [Theory]
    [InlineData(1, 45, 43)]
    [InlineData(2, 42, 40)]
    [InlineData(3, 41, 38)]
    [InlineData(4, 40, 37)]
    [InlineData(5, 39, 36)]
    [InlineData(6, 38, 35)]
    [InlineData(7, 37, 34)]
    [InlineData(8, 36, 33)]
    [InlineData(9, 35, 32)]
    [InlineData(10, 34, 31)]
    [InlineData(11, 32, 30)]
    [InlineData(12, 31, 29)]
    [InlineData(13, 30, 28)]
    [InlineData(14, 29, 27)]
    [InlineData(15, 28, 26)]
    [InlineData(16, 27, 25)]
    [InlineData(17, 26, 24)]
    [InlineData(18, 25, 23)]
    [InlineData(19, 24, 22)]
    [InlineData(20, 23, 21)]
    [InlineData(21, 21, 20)]
    [InlineData(22, 20, 19)]
    [InlineData(23, 19, 18)]
    [InlineData(24, 18, 17)]
    [InlineData(25, 17, 16)]
    [InlineData(26, 16, 15)]
    [InlineData(27, 15, 14)]
    [InlineData(28, 14, 13)]
    [InlineData(29, 13, 12)]
    [InlineData(30, 12, 11)]
    [InlineData(31, 10, 10)]
    [InlineData(32, 9, 9)]
    [InlineData(33, 8, 8)]
    [InlineData(34, 7, 7)]
    [InlineData(35, 6, 6)]
    [InlineData(36, 5, 5)]
    [InlineData(37, 4, 4)]
    [InlineData(38, 3, 3)]
    [InlineData(39, 2, 2)]
    [InlineData(40, 1, 1)]
    [InlineData(41, 0, 0)]
    [InlineData(42, 0, 0)]
    [InlineData(43, 0, 0)]
    [InlineData(44, 0, 0)]
    [InlineData(45, 0, 0)]
    public void Every_finishing_position_pays_what_the_site_publishes(int finish, double draftKings, double fanDuel)
    {
        Assert.Equal(draftKings, ScoringTable.DraftKings.Score(finish, finish, 0, 0, 0).Total);
        Assert.Equal(fanDuel, ScoringTable.FanDuel.Score(finish, finish, 0, 0, 0).Finish);
    }

    [Theory]
    [InlineData(10, 5, 5, 2.5)]
    [InlineData(5, 10, -5, -2.5)]
    [InlineData(7, 7, 0, 0)]
    [InlineData(40, 1, 39, 19.5)]
    [InlineData(1, 40, -39, -19.5)]
    public void Place_differential_is_start_minus_finish(int start, int finish, double draftKings, double fanDuel)
    {
        Assert.Equal(draftKings, ScoringTable.DraftKings.Score(start, finish, 0, 0, 0).PlaceDifferential);
        Assert.Equal(fanDuel, ScoringTable.FanDuel.Score(start, finish, 0, 0, 0).PlaceDifferential);
    }

    [Fact]
    public void A_dominant_DraftKings_win_adds_every_item()
    {
        // Start 12, win, lead 120 laps, 45 fastest laps of 267: 45 + 11 + 120 x 0.25 + 45 x 0.45 = 45 + 11 + 30 + 20.25.
        var score = ScoringTable.DraftKings.Score(start: 12, finish: 1, lapsLed: 120, fastestLaps: 45, lapsCompleted: 267);

        Assert.Equal(new ScoreBreakdown(45, 11, 30, 20.25, 0, 106.25), score);
    }

    [Fact]
    public void A_FanDuel_win_pays_laps_completed_and_no_fastest_laps()
    {
        // 43 + (12 - 1) x 0.5 + 120 x 0.1 + 267 x 0.1 = 43 + 5.5 + 12 + 26.7.
        var score = ScoringTable.FanDuel.Score(start: 12, finish: 1, lapsLed: 120, fastestLaps: 45, lapsCompleted: 267);

        Assert.Equal(new ScoreBreakdown(43, 5.5, 12, 0, 26.7, 87.2), score);
    }

    [Fact]
    public void An_early_wreck_from_the_front_scores_negative()
    {
        // DraftKings: 38th pays 3, 3 - 38 = -35 places, 2 fastest laps x 0.45 = 0.9: total -31.1.
        // FanDuel: 38th pays 3, -35 x 0.5 = -17.5, 60 laps x 0.1 = 6: total -8.5.
        Assert.Equal(-31.1, ScoringTable.DraftKings.Score(3, 38, 0, 2, 60).Total);
        Assert.Equal(-8.5, ScoringTable.FanDuel.Score(3, 38, 0, 2, 60).Total);
    }

    [Fact]
    public void Totals_are_exact_to_the_hundredth()
    {
        // 3 x 0.45 and 7 x 0.1 are not exact in binary; the table's integer hundredths keep the totals exact:
        // DraftKings 10th from 20th: 34 + 10 + 0.25 + 1.35 = 45.6. FanDuel 19th from 20th: 22 + 0.5 + 0.7 = 23.2.
        Assert.Equal(45.6, ScoringTable.DraftKings.Score(20, 10, 1, 3, 0).Total);
        Assert.Equal(23.2, ScoringTable.FanDuel.Score(20, 19, 0, 0, 7).Total);
    }

    [Fact]
    public void The_tables_are_data_a_GPU_kernel_can_copy()
    {
        var draftKings = ScoringTable.DraftKings;

        Assert.Equal(100, ScoringTable.Scale);
        Assert.Equal(41, draftKings.FinishPoints.Length);
        Assert.Equal(0, draftKings.FinishPoints[0]);
        Assert.Equal(4500, draftKings.FinishPoints[1]);
        Assert.Equal((100, 25, 45, 0), (draftKings.PlaceDifferentialPoints, draftKings.LapLedPoints, draftKings.FastestLapPoints, draftKings.LapCompletedPoints));
        Assert.Equal((50, 10, 0, 10), (ScoringTable.FanDuel.PlaceDifferentialPoints, ScoringTable.FanDuel.LapLedPoints, ScoringTable.FanDuel.FastestLapPoints, ScoringTable.FanDuel.LapCompletedPoints));
        Assert.Same(ScoringTable.FanDuel, ScoringTable.For(Site.FanDuel));
    }

    [Fact]
    public void Positions_below_first_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringTable.DraftKings.Score(1, 0, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringTable.DraftKings.Score(0, 1, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringTable.FanDuel.Score(1, 1, -1, 0, 0));
    }
}
