using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Simulates a race many times on every core. Simulations are cut into fixed chunks that one worker per core pulls in
/// turn; each worker keeps one preallocated race state and one tally, so memory grows with what the caller keeps (the
/// summary, or the points matrix), not with the number of simulations. Simulation i always draws from stream (seed, i), so the result does not
/// depend on which thread ran it.
/// </summary>
public sealed class RaceSimulator(RaceModel model)
{
    private const int ChunkSize = 64;

    public static RaceSimulator Default { get; } = new(RaceModel.Default);

    public SimulationResult Run(RaceSetup setup, SimulationOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        using var activity = CoreTelemetry.Source.StartActivity("simulate race");
        activity?.SetTag("raceoptimizer.simulations", options?.Simulations);
        return RunUntraced(setup, options!, progress, cancellationToken);
    }

    /// <summary>
    /// <see cref="Run"/> without its `simulate race` span: for runs that are a step of another traced operation (the
    /// projection fit's pilots), so a job's trace keeps one `simulate race` span, the race the user asked for.
    /// </summary>
    internal SimulationResult RunUntraced(RaceSetup setup, SimulationOptions options, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Simulations, 1);
        var input = new RaceInputs(setup, model);
        var draftKings = options.KeepPointsMatrix ? new PointsMatrix(Site.DraftKings, options.Simulations, input.Drivers) : null;
        var fanDuel = options.KeepPointsMatrix ? new PointsMatrix(Site.FanDuel, options.Simulations, input.Drivers) : null;
        var total = new SimulationTally(input);
        var chunks = (options.Simulations + ChunkSize - 1) / ChunkSize;
        var workers = Math.Min(options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, chunks);
        var (next, done) = (-1, 0);

        // One state and one tally per worker, each pulling chunks until none are left: memory is per core, not per simulation.
        Parallel.For(0, workers, Parallelism.Bounded(workers), _ =>
        {
            var (inputs, state, tally) = (new ManagedRaceInputs(input), new RaceState(input.Drivers), new SimulationTally(input));
            int chunk;
            while (!cancellationToken.IsCancellationRequested && (chunk = Interlocked.Increment(ref next)) < chunks)
            {
                var (first, end) = (chunk * ChunkSize, Math.Min(options.Simulations, (chunk + 1) * ChunkSize));
                for (var simulation = first; simulation < end; simulation++)
                {
                    RaceEngine<ManagedRaceInputs, RaceState>.Run(ref inputs, ref state, options.Seed, simulation);
                    var outcome = state.Outcome;
                    tally.Add(outcome);
                    draftKings?.Write(simulation, outcome.DraftKings);
                    fanDuel?.Write(simulation, outcome.FanDuel);
                }

                progress?.Report(Interlocked.Add(ref done, end - first) / (double)options.Simulations);
            }

            lock (total)
            {
                total.Merge(tally);
            }
        });

        cancellationToken.ThrowIfCancellationRequested();
        return total.Result(setup, options, draftKings, fanDuel);
    }

    /// <summary>Simulation number <paramref name="simulation"/> of a run with this seed, in full.</summary>
    public SimulatedRace Simulate(RaceSetup setup, ulong seed, long simulation)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var input = new RaceInputs(setup, model);
        var (inputs, state) = (new ManagedRaceInputs(input), new RaceState(input.Drivers));
        RaceEngine<ManagedRaceInputs, RaceState>.Run(ref inputs, ref state, seed, simulation);
        return SimulatedRace.From(setup, ref state);
    }
}
