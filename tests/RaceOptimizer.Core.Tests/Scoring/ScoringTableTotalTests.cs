using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Tests.Scoring;

public class ScoringTableTotalTests
{
    public static TheoryData<string> Tables() => ["DraftKings", "FanDuel"];

    private static ScoringTable Table(string site) => site == "DraftKings" ? ScoringTable.DraftKings : ScoringTable.FanDuel;

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_allocation_free_total_is_the_breakdowns_total(string site)
    {
        var table = Table(site);
        foreach (var (start, finish, led, fastest, laps) in new[] { (1, 1, 200, 50, 267), (40, 1, 0, 0, 267), (1, 43, 0, 0, 12), (12, 25, 3, 1, 266), (38, 38, 0, 0, 0) })
        {
            Assert.Equal(table.Score(start, finish, led, fastest, laps).Total * ScoringTable.Scale, table.TotalHundredths(start, finish, led, fastest, laps), 1e-9);
        }
    }

    [Fact]
    public void Points_move_in_steps_of_five_hundredths_on_DraftKings_and_ten_on_FanDuel() =>
        Assert.Equal((5, 10), (ScoringTable.DraftKings.Resolution, ScoringTable.FanDuel.Resolution));
}
