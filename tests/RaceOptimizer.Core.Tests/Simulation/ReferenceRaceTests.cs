using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Core.Tests.Simulation;

/// <summary>The race both the worker and the API time to compare their speeds, and how it is timed.</summary>
public sealed class ReferenceRaceTests
{
    [Fact]
    public void The_count_doubles_until_a_timed_run_lasts_long_enough_and_the_first_run_is_not_timed()
    {
        var runs = new List<int>();

        // A device that races 1,280 a second: 64 races last 50 ms, half the time a run must last to count; 128 last it.
        var speed = ReferenceRace.RacesPerSecond(options =>
        {
            runs.Add(options.Simulations);
            Thread.Sleep(TimeSpan.FromMilliseconds(options.Simulations * 50.0 / 64));
        });

        Assert.Equal([64, 64, 128], runs);
        Assert.InRange(speed, 128 / 0.4, 1_280); // a sleep never ends early, and a loaded machine may end it late
    }

    [Fact]
    public void Core_s_engine_races_the_reference_field()
    {
        var result = RaceSimulator.Default.Run(ReferenceRace.Setup, new SimulationOptions(16, Seed: 1), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(38, result.Drivers.Count);
        Assert.True(ReferenceRace.RacesPerSecond(options => RaceSimulator.Default.Run(ReferenceRace.Setup, options, cancellationToken: TestContext.Current.CancellationToken)) > 0);
    }
}
