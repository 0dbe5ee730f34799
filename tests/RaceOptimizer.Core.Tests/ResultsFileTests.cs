using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Tests;

public class ResultsFileTests
{
    [Fact]
    public void A_plain_results_file_is_read_in_finishing_order_and_scored_on_both_sites()
    {
        var csv = "driver,start,finish,laps_led,fastest_laps,laps_completed,status\n"
            + "Denny Hamlin,1,2,80,30,267,\n"
            + "Kyle Larson,3,1,150,40,267,running\n"
            + "Cody Ware,20,36,0,0,112,engine\n";

        var race = ResultsFile.Read(TestFiles.Text(csv), "kansas-results.csv").Value!;
        var points = DriverPoints.Of(race);

        Assert.Equal("kansas-results", race.Name);
        Assert.Null(race.Series);
        Assert.Equal(["Kyle Larson", "Denny Hamlin", "Cody Ware"], race.Drivers.Select(d => d.Driver));
        Assert.Equal("running", race.Drivers[1].Status);
        // Larson: DraftKings 45 + 2 + 37.5 + 18 = 102.5; FanDuel 43 + 1 + 15 + 26.7 = 85.7.
        Assert.Equal((102.5, 85.7), (points[0].DraftKings.Total, points[0].FanDuel.Total));
        // Ware: DraftKings 5 - 16 = -11; FanDuel 5 - 8 + 11.2 = 8.2.
        Assert.Equal(new ScoreBreakdown(5, -8, 0, 0, 11.2, 8.2), points[2].FanDuel);
        Assert.Equal(-11, points[2].DraftKings.Total);
    }
}
