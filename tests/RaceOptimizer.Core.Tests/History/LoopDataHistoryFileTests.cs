using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.History;

public class LoopDataHistoryFileTests
{
    [Fact]
    public void Every_race_of_the_real_file_is_read_and_the_qualifying_duels_are_left_out()
    {
        const string File = "loop-data-2019-2023.csv";
        using var stream = TestFiles.Shared(File);

        var rows = LoopDataHistoryFile.Read(stream, File);
        var history = RaceHistory.From(rows.Value!);

        Assert.True(rows.Succeeded, TestFiles.Describe(rows.Problems));
        Assert.Equal(17_644, rows.Value.Count);
        Assert.InRange(history.Races.Count, 440, 472);
        Assert.All(history.Skipped, s => Assert.Contains("qualifying duels", s.Reason, StringComparison.Ordinal));
        Assert.Equal(history.Races.OrderBy(r => r.Date), history.Races);

        // Atlanta was rated as an intermediate before its 2022 reconfiguration, as a superspeedway since.
        var atlanta = history.Of(Series.Cup).Where(r => r.Track == "Atlanta Motor Speedway").ToList();
        Assert.Contains(atlanta, r => r.Date.Year == 2021 && r.TrackType == TrackType.Intermediate);
        Assert.Contains(atlanta, r => r.Date.Year == 2023 && r.TrackType == TrackType.Superspeedway);

        var indy = history.Races.Single(r => r.Name == "Cup Indianapolis Motor Speedway Road Course 2023-08-13");
        Assert.Equal((82, TrackType.RoadCourse), (indy.Laps, indy.TrackType));
        Assert.Equal(FinishStatus.Running, indy.Drivers[0].Status);
    }

    [Fact]
    public void Bad_cells_are_reported_with_their_line_and_column()
    {
        var csv = "driver_name,race_date,series,track_name,start,finish,avg,fastest_lap,laps_led,laps,status\n"
            + "Corey Heim,2023/05/06,Trucks,Kansas Speedway,2,1,1.5,30,80,134,running\n"
            + "Ty Majeski,May 6,Bikes,Kansas Speedway,1,2,2.5,20,54,134,running\n";

        var problems = LoopDataHistoryFile.Read(TestFiles.Text(csv), "history.csv").Problems;

        Assert.Equal([(3, 2), (3, 3)], problems.Select(p => (p.Line, p.Column ?? 0)));
        Assert.Equal("'race_date' is 'May 6', not a date like 2023/08/13", problems[0].Message);
    }

    [Theory]
    [InlineData("running", FinishStatus.Running)]
    [InlineData("accident", FinishStatus.Accident)]
    [InlineData("dvp", FinishStatus.Accident)]
    [InlineData("engine", FinishStatus.Mechanical)]
    [InlineData("rear gear", FinishStatus.Mechanical)]
    [InlineData("stage 1 winner", FinishStatus.Running)]
    public void Statuses_are_classified(string status, FinishStatus expected) => Assert.Equal(expected, FinishStatuses.Classify(status));

    [Fact]
    public void A_track_missing_from_the_catalog_leaves_its_race_out()
    {
        var rows = TestHistory.Rows(2).Concat(TestHistory.Rows(1, track: "Nowhere Speedway", first: new DateOnly(2022, 3, 7)));

        var history = RaceHistory.From(rows);

        Assert.Equal(2, history.Races.Count);
        Assert.Equal("the track 'Nowhere Speedway' is not in the track catalog", Assert.Single(history.Skipped).Reason);
    }
}
