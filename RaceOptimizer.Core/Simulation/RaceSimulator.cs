using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Simulates a race many times on every core. Simulations are cut into fixed chunks that one worker per core pulls in
/// turn; each worker keeps one preallocated race state and one tally, so memory grows with what the caller keeps (the
/// summary, or the points matrix), not with the number of simulations. Simulation i always draws from stream (seed, i), so the result does not
/// depend on which thread ran it, nor which process: a run may be cut into shards (<see cref="RaceRange"/>) that run
/// anywhere and merge into it exactly.
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
    /// Races <paramref name="races"/> of the run <paramref name="options"/> describe (its seed, matrices kept or not,
    /// threads), as one shard of it: shards that tile the run merge into it exactly (<see cref="Merge"/>).
    /// </summary>
    public RaceShard RunShard(RaceSetup setup, SimulationOptions options, RaceRange races, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        using var activity = CoreTelemetry.Source.StartActivity("simulate race");
        activity?.SetTag("raceoptimizer.simulations", races.Count);
        return RunShardUntraced(setup, options, races, progress, cancellationToken);
    }

    /// <summary>
    /// The run <paramref name="options"/> describe, from shards that together ran each of its races once: the tallies
    /// add (integers, so in any order) and the matrices are the shards' rows in race order, so the result is the
    /// unsplit run's, bit for bit.
    /// </summary>
    /// <exception cref="ArgumentException">The shards do not tile the run, or some keep matrices the run does not.</exception>
    public SimulationResult Merge(RaceSetup setup, SimulationOptions options, IEnumerable<RaceShard> shards)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = shards.OrderBy(shard => shard.Races.First).ToList();
        if (ordered.Count == 0 || ordered[0].Races.First != 0 || ordered[^1].Races.End != options.Simulations
            || ordered.Zip(ordered.Skip(1)).Any(pair => pair.First.Races.End != pair.Second.Races.First))
        {
            throw new ArgumentException($"The shards do not cover races 0 to {options.Simulations - 1:N0} once each.", nameof(shards));
        }

        var layout = new TallyLayout(new RaceInputs(setup, model));
        var total = new SimulationTally(layout);
        foreach (var shard in ordered)
        {
            total.Merge(new SimulationTally(layout, shard.Counts, shard.Sums));
        }

        return ordered is [var whole]
            ? total.Result(setup, options, Kept(whole.DraftKings, options), Kept(whole.FanDuel, options))
            : total.Result(setup, options, Joined(ordered, shard => shard.DraftKings, options), Joined(ordered, shard => shard.FanDuel, options));
    }

    /// <summary>
    /// Whether a shard has the shape this race's shards take (its tally's lengths, its matrices' drivers and sites):
    /// a shard that came from elsewhere is checked before it is merged.
    /// </summary>
    public bool Fits(RaceSetup setup, SimulationOptions options, RaceShard shard)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(shard);
        var layout = new TallyLayout(new RaceInputs(setup, model));
        static bool Holds(PointsMatrix? matrix, Site site, int drivers, bool kept) =>
            kept ? matrix is not null && matrix.Site == site && matrix.Drivers == drivers : matrix is null;
        return shard.Counts.Length == layout.Counts && shard.Sums.Length == layout.Sums
            && Holds(shard.DraftKings, Site.DraftKings, layout.Drivers, options.KeepPointsMatrix)
            && Holds(shard.FanDuel, Site.FanDuel, layout.Drivers, options.KeepPointsMatrix);
    }

    /// <summary>
    /// <see cref="Run"/> without its `simulate race` span: for runs that are a step of another traced operation (the
    /// projection fit's pilots), so a job's trace keeps one `simulate race` span, the race the user asked for.
    /// </summary>
    internal SimulationResult RunUntraced(RaceSetup setup, SimulationOptions options, IProgress<double>? progress, CancellationToken cancellationToken) =>
        Merge(setup, options, [RunShardUntraced(setup, options, RaceRange.All(options), progress, cancellationToken)]);

    private RaceShard RunShardUntraced(RaceSetup setup, SimulationOptions options, RaceRange races, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Simulations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(races.First);
        ArgumentOutOfRangeException.ThrowIfLessThan(races.Count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(races.End, options.Simulations);
        var input = new RaceInputs(setup, model);
        var draftKings = options.KeepPointsMatrix ? new PointsMatrix(Site.DraftKings, races.Count, input.Drivers) : null;
        var fanDuel = options.KeepPointsMatrix ? new PointsMatrix(Site.FanDuel, races.Count, input.Drivers) : null;
        var total = new SimulationTally(input);
        var chunks = (races.Count + ChunkSize - 1) / ChunkSize;
        var workers = Math.Min(options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, chunks);
        var (next, done) = (-1, 0);

        // One state and one tally per worker, each pulling chunks until none are left: memory is per core, not per simulation.
        Parallel.For(0, workers, Parallelism.Bounded(workers), _ =>
        {
            var (inputs, state, tally) = (new ManagedRaceInputs(input), new RaceState(input.Drivers), new SimulationTally(input));
            int chunk;
            while (!cancellationToken.IsCancellationRequested && (chunk = Interlocked.Increment(ref next)) < chunks)
            {
                // Offsets within the shard: its matrices' rows, and (plus the first race) the simulation's stream.
                var (first, end) = (chunk * ChunkSize, Math.Min(races.Count, (chunk + 1) * ChunkSize));
                for (var row = first; row < end; row++)
                {
                    RaceEngine<ManagedRaceInputs, RaceState>.Run(ref inputs, ref state, options.Seed, races.First + row);
                    var outcome = state.Outcome;
                    tally.Add(outcome);
                    draftKings?.Write(row, outcome.DraftKings);
                    fanDuel?.Write(row, outcome.FanDuel);
                }

                progress?.Report(Interlocked.Add(ref done, end - first) / (double)races.Count);
            }

            lock (total)
            {
                total.Merge(tally);
            }
        });

        cancellationToken.ThrowIfCancellationRequested();
        return total.ToShard(races, draftKings, fanDuel);
    }

    /// <summary>A whole run's matrix as its one shard kept it: null when the run keeps none, an error when it was not kept.</summary>
    private static PointsMatrix? Kept(PointsMatrix? matrix, SimulationOptions options) =>
        !options.KeepPointsMatrix ? null : matrix ?? throw new ArgumentException("A shard of a run that keeps its points matrices came without them.");

    /// <summary>The shards' rows of one site's matrix, one after another in race order.</summary>
    private static PointsMatrix? Joined(List<RaceShard> ordered, Func<RaceShard, PointsMatrix?> site, SimulationOptions options)
    {
        if (!options.KeepPointsMatrix)
        {
            return null;
        }

        var first = Kept(site(ordered[0]), options)!;
        var joined = new PointsMatrix(first.Site, options.Simulations, first.Drivers);
        foreach (var shard in ordered)
        {
            var rows = Kept(site(shard), options)!;
            rows.Rows(0, rows.Simulations).CopyTo(joined.Rows(shard.Races.First, rows.Simulations));
        }

        return joined;
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
