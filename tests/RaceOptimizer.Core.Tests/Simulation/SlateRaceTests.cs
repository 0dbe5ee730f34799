using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tests.History;

namespace RaceOptimizer.Core.Tests.Simulation;

public class SlateRaceTests
{
    private static readonly Race Kansas = new("Kansas 400", Series.Cup, "Kansas Speedway", TrackType.Intermediate, 267, new DateOnly(2023, 5, 7));

    // Four slate drivers, two of them left off the grid, and two field cars: the race has four cars.
    private static readonly Slate Graded = new("s", "Kansas", Site.DraftKings, Kansas,
        [
            new SlateDriver("Kyle Larson", "1", 11000, Start: 3),
            new SlateDriver("Denny Hamlin", "2", 10500),
            new SlateDriver("Chase Elliott", "3", 10000, Start: 1, StartsAtRear: true),
            new SlateDriver("Ryan Blaney", "4", 9500),
        ])
    {
        FieldCars = [new FieldCar("Jimmie Johnson", 2), new FieldCar("Newcomer Nobody", 4, StartsAtRear: true)],
    };

    [Fact]
    public void The_race_is_the_grid_starters_plus_the_field_cars_as_qualified()
    {
        var race = SlateRace.Of(Graded, Strengths(Graded), RaceHistory.From(TestHistory.Rows(10)));

        Assert.False(race.Setup.DrawsStarts);
        Assert.Equal(
            [("Kyle Larson", 3, false), ("Chase Elliott", 1, true), ("Jimmie Johnson", 2, false), ("Newcomer Nobody", 4, true)],
            race.Setup.Drivers.Select(d => (d.Name, d.Start!.Value, d.StartsAtRear)));
        Assert.Equal(StrengthModel.Default.Newcomer("Newcomer Nobody").Strength, race.Setup.Drivers[3].Strength);
    }

    [Fact]
    public void Results_map_back_to_the_slate_with_zeros_for_drivers_who_do_not_start()
    {
        var race = SlateRace.Of(Graded, Strengths(Graded), null);
        var raced = TestRaces.Run(race.Setup, new SimulationOptions(200, Seed: 5, KeepPointsMatrix: true));

        var slate = race.ToSlate(raced);

        Assert.Equal(Graded.Drivers.Select(d => d.Name), slate.Drivers.Select(d => d.Name));
        Assert.Equal(raced.Drivers[0], slate.Drivers[0]);
        Assert.Equal(raced.Drivers[1], slate.Drivers[2]);
        foreach (var notStarting in new[] { 1, 3 })
        {
            Assert.Equal(0, slate.Drivers[notStarting].DraftKings.Mean);
            Assert.Equal(1, slate.Drivers[notStarting].NotFinishing);
        }

        var (before, after) = (raced.DraftKings!, slate.DraftKings!);
        Assert.Equal(4, after.Drivers);
        for (var simulation = 0; simulation < after.Simulations; simulation++)
        {
            Assert.Equal([before.Row(simulation)[0], 0, before.Row(simulation)[1], 0], after.Row(simulation).ToArray());
            Assert.Equal([raced.FanDuel!.Row(simulation)[0], 0, raced.FanDuel.Row(simulation)[1], 0], slate.FanDuel!.Row(simulation).ToArray());
        }
    }

    [Fact]
    public void Without_a_grid_the_slate_is_the_field_and_the_result_is_its_own()
    {
        var slate = Graded with { Drivers = [.. Graded.Drivers.Select(d => d with { Start = null, StartsAtRear = false })], FieldCars = [] };
        var race = SlateRace.Of(slate, Strengths(slate), null);
        var raced = TestRaces.Run(race.Setup, new SimulationOptions(50, Seed: 5));

        Assert.True(race.Setup.DrawsStarts);
        Assert.Same(raced, race.ToSlate(raced));
    }

    private static IReadOnlyList<DriverStrength> Strengths(Slate slate) => DriverStrengths.ForSlate(slate, null, StrengthBlend.Even);
}
