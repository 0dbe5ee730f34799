using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests;

public class LoopDataFileTests
{
    private const string File = "loop-data-2019-2023.csv";

    private static RaceResult Race(int year, int month, int day, Series series = Series.Cup)
    {
        using var stream = TestFiles.Shared(File);
        var result = LoopDataFile.Read(stream, File, new LoopRace(new DateOnly(year, month, day), series));
        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        return result.Value;
    }

    [Fact]
    public void The_2023_Indianapolis_road_course_race_scores_as_computed_by_hand()
    {
        var race = Race(2023, 8, 13);
        var points = DriverPoints.Of(race).ToDictionary(p => p.Result.Driver);

        Assert.Equal("Cup Indianapolis Motor Speedway Road Course 2023-08-13", race.Name);
        Assert.Equal(39, race.Drivers.Count);

        // Michael McDowell: started 4th, won, led 54, 2 fastest laps, 82 laps.
        // DraftKings 45 + (4 - 1) + 54 x 0.25 + 2 x 0.45 = 45 + 3 + 13.5 + 0.9 = 62.4.
        // FanDuel 43 + 3 x 0.5 + 54 x 0.1 + 82 x 0.1 = 43 + 1.5 + 5.4 + 8.2 = 58.1.
        Assert.Equal(new ScoreBreakdown(45, 3, 13.5, 0.9, 0, 62.4), points["Michael McDowell"].DraftKings);
        Assert.Equal(new ScoreBreakdown(43, 1.5, 5.4, 0, 8.2, 58.1), points["Michael McDowell"].FanDuel);

        // William Byron: 39th to 14th, 82 laps. DraftKings 29 + 25 = 54. FanDuel 27 + 12.5 + 8.2 = 47.7.
        Assert.Equal(54, points["William Byron"].DraftKings.Total);
        Assert.Equal(47.7, points["William Byron"].FanDuel.Total);

        // Kyle Busch: 5th to 36th, 3 fastest laps, 80 laps. DraftKings 5 - 31 + 1.35 = -24.65. FanDuel 5 - 15.5 + 8 = -2.5.
        Assert.Equal(-24.65, points["Kyle Busch"].DraftKings.Total);
        Assert.Equal(-2.5, points["Kyle Busch"].FanDuel.Total);

        // AJ Allmendinger: 26th to 26th with 21 fastest laps, 81 laps. DraftKings 16 + 9.45 = 25.45. FanDuel 15 + 8.1 = 23.1.
        Assert.Equal(25.45, points["AJ Allmendinger"].DraftKings.Total);
        Assert.Equal(23.1, points["AJ Allmendinger"].FanDuel.Total);
    }

    [Fact]
    public void The_on_track_finish_is_scored_even_when_officials_later_disqualified_the_car()
    {
        // Pocono 2022: Hamlin and Busch crossed the line 1-2 and were disqualified; official results put them 35th and
        // 36th. Loop data keeps the on-track order, and scoring uses it: Hamlin scores as the winner.
        var hamlin = Race(2022, 7, 24).Drivers.Single(d => d.Driver == "Denny Hamlin");

        Assert.Equal(new DriverResult("Denny Hamlin", 1, 1, 21, 16, 160, "running"), hamlin);
        // DraftKings 45 + 0 + 21 x 0.25 + 16 x 0.45 = 57.45.
        Assert.Equal(57.45, ScoringTable.DraftKings.Score(hamlin.Start, hamlin.Finish, hamlin.LapsLed, hamlin.FastestLaps, hamlin.LapsCompleted).Total);
    }

    [Fact]
    public void A_file_of_many_races_is_refused_without_a_choice()
    {
        using var stream = TestFiles.Shared(File);

        var problem = Assert.Single(LoopDataFile.Read(stream, File).Problems);

        Assert.Equal((3, (int?)3), (problem.Line, problem.Column));
        Assert.StartsWith("the file holds 472 races (this line starts the 2021-11-06 Trucks one, line 2 the 2023-03-19 Cup one)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_race_missing_from_the_file_is_named()
    {
        using var stream = TestFiles.Shared(File);

        var problem = Assert.Single(LoopDataFile.Read(stream, File, new LoopRace(new DateOnly(2023, 8, 14), Series.Cup)).Problems);

        Assert.Equal("the file holds no Cup race on 2023-08-14", problem.Message);
    }

    [Fact]
    public void Daytonas_qualifying_duels_share_a_date_and_are_refused_as_one_race()
    {
        using var stream = TestFiles.Shared(File);

        var result = LoopDataFile.Read(stream, File, new LoopRace(new DateOnly(2023, 2, 17), Series.Cup));

        Assert.False(result.Succeeded);
        Assert.All(result.Problems, p => Assert.EndsWith("a results file holds one race", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_race_file_needs_no_choice()
    {
        var csv = "driver_name,race_date,series,track_name,start,finish,fastest_lap,laps_led,laps,status\n"
            + "Corey Heim,2023/05/06,Trucks,Kansas Speedway,2,1,30,80,134,running\n"
            + "Ty Majeski,2023/05/06,Trucks,Kansas Speedway,1,2,20,54,134,running\n"
            + "Zane Smith,2023/05/06,Trucks,Kansas Speedway,3,3,0,0,90,accident\n";

        var race = LoopDataFile.Read(TestFiles.Text(csv), "kansas.csv").Value!;

        Assert.Equal(("Trucks Kansas Speedway 2023-05-06", Series.Trucks, "Kansas Speedway", new DateOnly(2023, 5, 6)), (race.Name, race.Series, race.Track, race.Date));
        Assert.Equal(new DriverResult("Zane Smith", 3, 3, 0, 0, 90, "accident"), race.Drivers[2]);
    }
}
