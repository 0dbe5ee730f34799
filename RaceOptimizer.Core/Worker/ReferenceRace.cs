using System.Diagnostics;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Worker;

/// <summary>
/// One fixed race, timed on the worker's device and on the API's CPU, so that both speeds are in the same unit (races of
/// this field per second) and the router can compare them. It is a full Cup field over an intermediate's usual length,
/// the shape of most slates; a job's races cost about the same on either side relative to it, so the ratio of the two
/// figures holds for any race.
/// </summary>
public static class ReferenceRace
{
    /// <summary>A timed run shorter than this is mostly launch and thread start: the race count doubles until one lasts this long.</summary>
    public static readonly TimeSpan MinTimed = TimeSpan.FromMilliseconds(100);

    private const int FirstRaces = 64;
    private const int MaxRaces = 1 << 17;

    private const int Cars = 38;

    public static RaceSetup Setup { get; } = new(
        Series.Cup,
        TrackType.Intermediate,
        267,
        [.. Enumerable.Range(1, Cars).Select(start => new RaceEntrant($"Driver {start}", 1.5 - (3.0 * start / Cars), start))]);

    /// <summary>
    /// Races of <see cref="Setup"/> per second as <paramref name="simulate"/> runs them (a fixed seed, no matrices kept:
    /// tallies and transfers are each job's own cost). The first run is untimed (kernel compilation, JIT and thread
    /// start belong to start-up, not to throughput); then the count doubles until a run lasts <see cref="MinTimed"/>, so a
    /// CPU takes a fraction of a second and a large GPU is timed on enough races to fill it.
    /// </summary>
    public static double RacesPerSecond(Action<SimulationOptions> simulate)
    {
        ArgumentNullException.ThrowIfNull(simulate);
        var options = new SimulationOptions(FirstRaces, Seed: 20_260_101);
        simulate(options);
        while (true)
        {
            var clock = Stopwatch.StartNew();
            simulate(options);
            if (clock.Elapsed >= MinTimed || options.Simulations >= MaxRaces)
            {
                return options.Simulations / Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
            }

            options = options with { Simulations = options.Simulations * 2 };
        }
    }
}
