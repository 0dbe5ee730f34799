namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// When an offloaded simulation, or an offloaded scoring of lineups, is split into shards that run at once across the
/// worker's replicas, and how (<see cref="ShardedSimulation"/>, <see cref="WorkerLineupScorer"/>; docs/decisions.md,
/// "One job, every worker"). Validated once at start-up.
/// </summary>
public sealed class ShardOptions
{
    public const string Section = "GpuWorker:Shards";

    /// <summary>
    /// How many replicas of the worker sit behind its name (the AppHost passes its `--Gpu:Replicas`). With one, nothing
    /// is split: shards on one device only add calls and shrink its batches (a GPU's races per second fall several-fold
    /// from a million races a launch to tens of thousands).
    /// </summary>
    public int Replicas { get; set; } = 1;

    /// <summary>Whether large work is split at all: only across two replicas or more.</summary>
    public bool Splits => Replicas > 1;

    /// <summary>An offloaded run of more races than this is split; a smaller one goes to one worker in one call.</summary>
    public int SplitAbove { get; set; } = 20_000;

    /// <summary>
    /// How many shards a split run becomes, all sent at once, each on its own connection, so to a replica of the proxy's
    /// choosing: enough that every one of a few replicas gets some (24 at random leave one of three idle about once in 5,000 runs).
    /// </summary>
    public int Count { get; set; } = 24;

    /// <summary>
    /// Scoring more lineup-simulations than this (lineups x races) at once is split into <see cref="Count"/> ranges of
    /// lineups scored at once across the replicas; below it one replica scores them, in parts paced to it. About a
    /// second of a large GPU's work: less is not worth the calls.
    /// </summary>
    public long SplitLineupSimulationsAbove { get; set; } = 1L << 31;

    /// <summary>
    /// Tries on the worker a shard gets, each on another connection (a race shard's own, new one; a lineup range's next
    /// from the pool, the failed one gone), so most likely another replica, before it runs on this CPU.
    /// </summary>
    public int WorkerTries { get; set; } = 2;
}
