using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Simulation;

/// <summary>What the engine does with a car's own tendencies and a rear start.</summary>
public class CarTendencyTests
{
    private const int Simulations = 600;

    [Fact]
    public void A_rear_starter_lines_up_last_but_is_scored_from_where_he_qualified()
    {
        var field = TestRaces.Field(TrackType.Intermediate, cars: 20);
        var setup = new RaceSetup(field.Series, field.TrackType, field.Laps, [.. field.Drivers.Select(d => d.Start == 3 ? d with { StartsAtRear = true } : d)]);

        var race = RaceSimulator.Default.Simulate(setup, seed: 4, simulation: 0);
        var rear = race.Drivers[2];

        // His start, for place differential, is his qualifying spot, not the 20th he lined up in.
        Assert.Equal(3, rear.Start);
        var expected = Core.Scoring.ScoringTable.DraftKings.TotalHundredths(3, rear.Finish, rear.LapsLed, rear.FastestLaps, rear.LapsCompleted);
        Assert.Equal(expected, rear.DraftKingsHundredths);

        // From the back he finishes worse on average than from third, and leads less.
        var fromRear = TestRaces.Run(setup, new SimulationOptions(Simulations, Seed: 6)).Drivers[2];
        var fromThird = TestRaces.Run(field, new SimulationOptions(Simulations, Seed: 6)).Drivers[2];
        Assert.True(fromRear.MeanFinish > fromThird.MeanFinish, $"{fromRear.MeanFinish} vs {fromThird.MeanFinish}");
        Assert.True(fromRear.ExpectedLapsLed < fromThird.ExpectedLapsLed);
    }

    [Fact]
    public void A_rear_starter_on_a_drawn_grid_keeps_his_drawn_start()
    {
        var field = TestRaces.Field(TrackType.Flat, cars: 12, withGrid: false);
        var setup = new RaceSetup(field.Series, field.TrackType, field.Laps, [.. field.Drivers.Select((d, i) => i == 0 ? d with { StartsAtRear = true } : d)]);

        var starts = Enumerable.Range(0, 30).Select(s => RaceSimulator.Default.Simulate(setup, 8, s).Drivers[0].Start).ToList();

        // The strongest car still draws a front start most often: the rear penalty does not rewrite his qualifying.
        Assert.True(starts.Average() < 6, string.Join(",", starts));
    }

    [Fact]
    public void Cars_that_crash_or_break_more_go_out_more_and_neutral_cars_are_untouched()
    {
        var field = TestRaces.Field(TrackType.Flat, cars: 30);
        var tendencies = new RaceSetup(field.Series, field.TrackType, field.Laps, [.. field.Drivers.Select((d, i) => i switch
        {
            10 => d with { IncidentFactor = 4 },
            11 => d with { MechanicalFactor = 6 },
            12 => d with { IncidentFactor = 0, MechanicalFactor = 0 },
            _ => d,
        })]);

        var result = TestRaces.Run(tendencies, new SimulationOptions(Simulations, Seed: 2)).Drivers;
        var races = Enumerable.Range(0, 200).Select(s => RaceSimulator.Default.Simulate(tendencies, 2, s)).ToList();
        int Outs(int car, FinishStatus status) => races.Count(r => r.Drivers[car].Status == status);

        Assert.True(Outs(10, FinishStatus.Accident) > 2 * Outs(9, FinishStatus.Accident), $"{Outs(10, FinishStatus.Accident)} vs {Outs(9, FinishStatus.Accident)}");
        Assert.True(Outs(11, FinishStatus.Mechanical) > 3 * Math.Max(1, Outs(13, FinishStatus.Mechanical)));
        Assert.Equal(0, Outs(12, FinishStatus.Mechanical));
        Assert.True(result[10].NotFinishing > result[9].NotFinishing);
    }

    [Fact]
    public void A_driver_with_lead_ability_leads_more_than_he_would_without_it()
    {
        var field = TestRaces.Field(TrackType.Intermediate, cars: 24);
        var leader = new RaceSetup(field.Series, field.TrackType, field.Laps, [.. field.Drivers.Select((d, i) => i == 1 ? d with { LeadAbility = 1 } : d)]);

        // The same seed for both: only his ability differs, so the gap is his, not the draws'.
        var without = TestRaces.Run(field, new SimulationOptions(Simulations, Seed: 9)).Drivers[1];
        var with = TestRaces.Run(leader, new SimulationOptions(Simulations, Seed: 9)).Drivers[1];

        Assert.True(with.ExpectedLapsLed > 1.1 * without.ExpectedLapsLed, $"{with.ExpectedLapsLed} vs {without.ExpectedLapsLed}");
        Assert.True(with.Win >= without.Win);
    }

    [Fact]
    public void Tendencies_must_be_finite_and_factors_not_negative()
    {
        RaceEntrant[] negative = [new("A", 0) { IncidentFactor = -1 }, new("B", 0)];
        RaceEntrant[] infinite = [new("A", 0) { LeadAbility = double.PositiveInfinity }, new("B", 0)];

        Assert.Throws<ArgumentException>(() => new RaceSetup(Series.Cup, TrackType.Flat, 100, negative));
        Assert.Throws<ArgumentException>(() => new RaceSetup(Series.Cup, TrackType.Flat, 100, infinite));
    }
}
