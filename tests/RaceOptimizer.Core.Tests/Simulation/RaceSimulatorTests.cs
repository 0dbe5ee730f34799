using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Simulation;

public class RaceSimulatorTests
{
    private static readonly RaceSetup Intermediate = TestRaces.Field(TrackType.Intermediate, cars: 38);

    [Fact]
    public void The_same_seed_gives_the_same_result_whatever_the_thread_count()
    {
        var options = new SimulationOptions(300, Seed: 9, KeepPointsMatrix: true);

        var one = TestRaces.Run(Intermediate, options with { MaxDegreeOfParallelism = 1 });
        var many = TestRaces.Run(Intermediate, options with { MaxDegreeOfParallelism = 4 });

        Assert.Equal(one.Drivers, many.Drivers);
        Assert.Equal((one.MeanLaps, one.MeanCautions), (many.MeanLaps, many.MeanCautions));
        for (var simulation = 0; simulation < options.Simulations; simulation++)
        {
            Assert.Equal(one.DraftKings!.Row(simulation).ToArray(), many.DraftKings!.Row(simulation).ToArray());
            Assert.Equal(one.FanDuel!.Row(simulation).ToArray(), many.FanDuel!.Row(simulation).ToArray());
        }
    }

    [Fact]
    public void A_different_seed_gives_a_different_result() =>
        Assert.NotEqual(
            TestRaces.Run(Intermediate, new SimulationOptions(50, Seed: 1)).Drivers,
            TestRaces.Run(Intermediate, new SimulationOptions(50, Seed: 2)).Drivers);

    [Fact]
    public void Each_row_of_the_matrix_is_the_race_simulated_alone()
    {
        var result = TestRaces.Run(Intermediate, new SimulationOptions(100, Seed: 5, KeepPointsMatrix: true));

        foreach (var simulation in new[] { 0, 63, 64, 99 })
        {
            var race = RaceSimulator.Default.Simulate(Intermediate, 5, simulation);
            Assert.Equal(race.Drivers.Select(d => d.DraftKingsHundredths), result.DraftKings!.Row(simulation).ToArray());
            Assert.Equal(race.Drivers.Select(d => d.FanDuelHundredths), result.FanDuel!.Row(simulation).ToArray());
        }
    }

    [Fact]
    public void The_summary_agrees_with_the_points_matrix()
    {
        const int Simulations = 400;
        var result = TestRaces.Run(Intermediate, new SimulationOptions(Simulations, Seed: 3, KeepPointsMatrix: true));

        Assert.Equal(1, result.Drivers.Sum(d => d.Win), 9);
        Assert.Equal(5, result.Drivers.Sum(d => d.Top5), 9);
        Assert.Equal(10, result.Drivers.Sum(d => d.Top10), 9);
        Assert.Equal(result.MeanLaps, result.Drivers.Sum(d => d.ExpectedLapsLed), 9);
        for (var driver = 0; driver < Intermediate.Drivers.Count; driver++)
        {
            var points = Enumerable.Range(0, Simulations).Select(s => result.DraftKings![s, driver]).Order().ToList();
            var summary = result.Drivers[driver].DraftKings;
            Assert.Equal(points.Average(), summary.Mean, 9);
            Assert.Equal(points[(int)Math.Ceiling(0.1 * Simulations) - 1], summary.P10);
            Assert.Equal(points[(int)Math.Ceiling(0.5 * Simulations) - 1], summary.P50);
            Assert.Equal(points[(int)Math.Ceiling(0.9 * Simulations) - 1], summary.P90);
            Assert.Equal(Enumerable.Range(0, Simulations).Average(s => result.FanDuel![s, driver]), result.Drivers[driver].FanDuel.Mean, 9);
        }
    }

    [Fact]
    public void Finishing_odds_are_each_race_counted_once_per_position_and_agree_with_the_cuts()
    {
        const int Simulations = 400;
        var result = TestRaces.Run(Intermediate, new SimulationOptions(Simulations, Seed: 6));
        var cars = Intermediate.Drivers.Count;

        foreach (var driver in result.Drivers)
        {
            Assert.Equal(cars, driver.Finishing.ByPosition.Count);
            Assert.Equal(1, driver.Finishing.ByPosition.Sum(), 9);
            Assert.Equal(driver.Win, driver.Finishing.ByPosition[0], 12);
            Assert.Equal(driver.Top5, driver.Finishing.ByPosition.Take(5).Sum(), 9);
            Assert.Equal(driver.Top10, driver.Finishing.ByPosition.Take(10).Sum(), 9);
            Assert.Equal(driver.MeanFinish, driver.Finishing.ByPosition.Select((odds, i) => odds * (i + 1)).Sum(), 9);
        }

        // One car in each position in every race.
        for (var position = 0; position < cars; position++)
        {
            Assert.Equal(1, result.Drivers.Sum(d => d.Finishing.ByPosition[position]), 9);
        }
    }

    [Fact]
    public void Stronger_drivers_score_more_and_win_more()
    {
        var result = TestRaces.Run(Intermediate, new SimulationOptions(500, Seed: 4));
        var (best, worst) = (result.Drivers[0], result.Drivers[^1]);

        Assert.True(best.Win > 0.1, $"the strongest driver won {best.Win:P0}");
        Assert.True(best.DraftKings.Mean > worst.DraftKings.Mean + 15, $"{best.DraftKings.Mean} against {worst.DraftKings.Mean}");
        Assert.True(best.ExpectedLapsLed > 10 * worst.ExpectedLapsLed);
        Assert.False(result.StartsDrawn);
        Assert.Null(result.DraftKings);
    }

    [Fact]
    public void Without_a_grid_each_simulation_draws_one_and_says_so()
    {
        var setup = TestRaces.Field(TrackType.ShortTrack, cars: 20, withGrid: false);

        var result = TestRaces.Run(setup, new SimulationOptions(100, Seed: 8));
        var starts = Enumerable.Range(0, 20).Select(s => RaceSimulator.Default.Simulate(setup, 8, s).Drivers[0].Start).ToList();

        Assert.True(result.StartsDrawn);
        Assert.True(starts.Distinct().Count() > 1, "the strongest driver always started in the same place");
        Assert.True(starts.Average() < 6, $"the strongest driver started {starts.Average()} on average");
    }

    [Fact]
    public void Progress_reaches_one_and_cancellation_stops_the_run()
    {
        var reports = new List<double>();
        RaceSimulator.Default.Run(Intermediate, new SimulationOptions(200, Seed: 1) { MaxDegreeOfParallelism = 1 }, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal(1, reports[^1], 9);
        Assert.Equal(reports.Order(), reports);
        Assert.ThrowsAny<OperationCanceledException>(() => RaceSimulator.Default.Run(Intermediate, new SimulationOptions(200, Seed: 1), null, cancelled.Token));
    }

    [Fact]
    public void Memory_grows_with_what_is_kept_not_with_the_number_of_simulations()
    {
        var setup = TestRaces.Field(TrackType.RoadCourse, cars: 20, laps: 40);
        // One worker runs on the calling thread, so this thread's allocations are the run's, whatever other tests do.
        long Allocated(int simulations, bool keep)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            TestRaces.Run(setup, new SimulationOptions(simulations, Seed: 1, keep) { MaxDegreeOfParallelism = 1 });
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(100, keep: false);
        var (few, many) = (Allocated(1_000, keep: false), Allocated(8_000, keep: false));
        var kept = Allocated(8_000, keep: true);

        Assert.True(many < few + 100_000, $"{few} bytes for 1,000 simulations, {many} for 8,000");
        // The two matrices: 8,000 x 20 drivers x 4 bytes each.
        Assert.InRange(kept - many, 2 * 8_000 * 20 * 4, (2 * 8_000 * 20 * 4) + 100_000);
    }

    [Fact]
    public void A_grid_must_hold_every_position_once()
    {
        RaceEntrant[] drivers = [new("A", 0, 1), new("B", 0, 3)];

        Assert.Throws<ArgumentException>(() => new RaceSetup(Series.Cup, TrackType.Flat, 100, drivers));
    }
}
