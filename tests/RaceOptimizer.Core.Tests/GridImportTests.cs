using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests;

/// <summary>The grid as it comes: a subset of the slate, cars the slate does not sell, cars sent to the rear.</summary>
public class GridImportTests
{
    private const string Salaries =
        "Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame\n"
        + "D,Kyle Larson (1),Kyle Larson,1,D,11200,Hollywood Casino 400,Nasca,58.7\n"
        + "D,Denny Hamlin (2),Denny Hamlin,2,D,10900,Hollywood Casino 400,Nasca,55.1\n"
        + "D,Chase Elliott (3),Chase Elliott,3,D,10000,Hollywood Casino 400,Nasca,50.0\n";

    private static SlateImportResult Import(string grid) =>
        SlateImport.Import(new SlateFiles(TestFiles.Slate("dk.csv", Salaries), TestFiles.Slate("grid.csv", grid)));

    [Fact]
    public void Slate_drivers_missing_from_the_grid_do_not_start_and_cars_off_the_slate_join_the_field()
    {
        var result = Import("driver,start\nJimmie Johnson,1\nKyle Larson,2\n");

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        var slate = result.Slate;
        Assert.Equal([new FieldCar("Jimmie Johnson", 1)], slate.FieldCars);
        Assert.Equal([true, false, false], slate.Drivers.Select(slate.Starts));
        Assert.Equal(
            [
                (SlateAdjustmentKind.DidNotQualify, "Denny Hamlin"),
                (SlateAdjustmentKind.DidNotQualify, "Chase Elliott"),
                (SlateAdjustmentKind.FieldCar, "Jimmie Johnson"),
            ],
            result.Adjustments.Select(a => (a.Kind, a.Driver)));
    }

    [Fact]
    public void A_grid_without_one_slate_driver_is_refused_as_another_races_grid()
    {
        var result = Import("driver,start\nJimmie Johnson,1\nCarl Edwards,2\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("grid.csv", 2, 1), (problem.File, problem.Line, problem.Column));
        Assert.Contains("is this the grid of another race?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slate_without_a_grid_expects_every_driver_to_start()
    {
        var result = SlateImport.Import(new SlateFiles(TestFiles.Slate("dk.csv", Salaries)));

        Assert.False(result.Slate!.HasGrid);
        Assert.All(result.Slate.Drivers, d => Assert.True(result.Slate.Starts(d)));
        Assert.Empty(result.Adjustments);
    }

    [Fact]
    public void The_rear_column_sends_a_car_to_the_rear_from_its_qualified_start()
    {
        var result = Import("driver,start,rear\nKyle Larson,1,\nDenny Hamlin,2,Yes\nChase Elliott,3,no\nJimmie Johnson,4,1\n");

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal([false, true, false], result.Slate.Drivers.Select(d => d.StartsAtRear));
        Assert.Equal(2, result.Slate.Drivers[1].Start);
        Assert.True(Assert.Single(result.Slate.FieldCars).StartsAtRear);
        Assert.Equal(["Denny Hamlin", "Jimmie Johnson"], result.Adjustments.Where(a => a.Kind == SlateAdjustmentKind.StartsAtRear).Select(a => a.Driver));
    }

    [Fact]
    public void A_name_matched_loosely_is_an_adjustment_too()
    {
        var result = Import("driver,start\nkyle larson,1\nDenny Hamlin,2\nChase Elliott,3\n");

        var matched = Assert.Single(result.Adjustments);
        Assert.Equal((SlateAdjustmentKind.NameMatched, "Kyle Larson"), (matched.Kind, matched.Driver));
        Assert.Contains("'kyle larson' in grid.csv (line 2)", matched.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_near_miss_of_a_slate_driver_the_grid_leaves_out_is_a_typo_not_a_field_car()
    {
        var result = Import("driver,start\nKyle Larson,1\nDenny Hamln,2\n");

        Assert.Equal([new ImportProblem("grid.csv", 3, 1, "driver 'Denny Hamln' is not in the salary file dk.csv (did you mean 'Denny Hamlin'?)")], result.Problems);
    }

    [Theory]
    [InlineData("driver,start\nKyle Larson,1\nJimmie Johnson,1\n", 3, 2, "start 1 repeats line 2")]
    [InlineData("driver,start\nKyle Larson,1\nJimmie Johnson,3\n", 3, 2, "start 3 follows a gap: no driver starts 2")]
    [InlineData("driver,start,rear\nKyle Larson,1,maybe\n", 2, 3, "'rear' is 'maybe': use yes or no")]
    public void Grid_problems_still_name_the_line_and_column(string grid, int line, int column, string message)
    {
        var result = Import(grid);

        Assert.Equal([new ImportProblem("grid.csv", line, column, message)], result.Problems);
    }
}
