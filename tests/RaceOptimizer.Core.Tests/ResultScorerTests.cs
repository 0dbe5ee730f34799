using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests;

public class ResultScorerTests
{
    private static readonly Slate Slate = new(
        "indy-rc",
        "Indianapolis road course",
        Site.DraftKings,
        new Race("Verizon 200 at the Brickyard", Series.Cup, "Indianapolis Motor Speedway Road Course", TrackType.RoadCourse, 82, new DateOnly(2023, 8, 13)),
        [
            new SlateDriver("Michael McDowell", "1", 7000),
            new SlateDriver("William Byron", "2", 9500),
            new SlateDriver("Kyle Busch", "3", 9000),
            new SlateDriver("A.J. Allmendinger", "4", 8000),
            new SlateDriver("Chase Elliott", "5", 10000),
            new SlateDriver("Daniel Suárez", "6", 7500),
            new SlateDriver("Tyler Reddick", "7", 9200),
            new SlateDriver("Jimmie Johnson", "8", 5000),
        ]);

    private static ResultScorer Scorer()
    {
        using var stream = TestFiles.Shared("loop-data-2019-2023.csv");
        return new ResultScorer(Slate, LoopDataFile.Read(stream, "loop.csv", new LoopRace(new DateOnly(2023, 8, 13), Series.Cup)).Value!);
    }

    [Fact]
    public void A_lineup_scores_the_sum_of_its_drivers()
    {
        // DraftKings, from the loop data of the race (see LoopDataFileTests for the first four):
        // McDowell 62.4, Byron 54, Busch -24.65, Allmendinger 25.45,
        // Elliott 3rd to 2nd, 1 led, 8 fastest: 42 + 1 + 0.25 + 3.6 = 46.85,
        // Suárez 1st to 3rd, 6 led, 9 fastest: 41 - 2 + 1.5 + 4.05 = 44.55. Total 208.6.
        var score = Scorer().Score(new Lineup(["1", "2", "3", "4", "5", "6"]));

        Assert.Equal(208.6, score.Total);
        Assert.Equal([62.4, 54, -24.65, 25.45, 46.85, 44.55], score.Drivers.Select(d => d.Points.Total));
        Assert.Equal("A.J. Allmendinger", score.Drivers[3].Name);
    }

    [Fact]
    public void A_portfolio_reports_each_lineup_its_best_and_its_average()
    {
        // The second lineup swaps Busch (-24.65) for Reddick, 2nd to 4th with 5 fastest laps: 40 - 2 + 2.25 = 40.25,
        // so 208.6 + 24.65 + 40.25 = 273.5; the average is (208.6 + 273.5) / 2 = 241.05.
        var portfolio = Scorer().Score([new Lineup(["1", "2", "3", "4", "5", "6"]), new Lineup(["1", "2", "7", "4", "5", "6"])]);

        Assert.Equal([208.6, 273.5], portfolio.Lineups.Select(l => l.Total));
        Assert.Equal((273.5, 241.05), (portfolio.Best, portfolio.Average));
    }

    [Fact]
    public void A_driver_without_a_result_scores_zero_and_is_reported()
    {
        var scorer = Scorer();

        Assert.Equal(["Jimmie Johnson"], scorer.DriversWithoutResult);
        Assert.Same(ScoreBreakdown.Zero, scorer.Driver("8").Points);
        Assert.Throws<ArgumentException>(() => scorer.Driver("99"));
    }
}
