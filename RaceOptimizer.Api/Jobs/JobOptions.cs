namespace RaceOptimizer.Api.Jobs;

/// <summary>Settings of the job runner (section `Jobs`).</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Where the queue lives in Redis; installations sharing one Redis need different prefixes.</summary>
    public string KeyPrefix { get; set; } = "raceoptimizer:jobs:";

    /// <summary>Jobs this process runs at once.</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>A run's lease lives this long without renewal; a process that died loses its jobs after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a running job renews its lease, checks for cancellation and publishes progress.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often expired leases and queued jobs missing from Redis are looked for.</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Runs a job may be charged (<see cref="JobRecord.Attempts"/>); one lost to a dead process is run again once, then failed as `interrupted`.</summary>
    public int MaxAttempts { get; set; } = 2;

    /// <summary>
    /// How long a submit waits on Redis to queue and announce its job before answering anyway (not at all while Redis is
    /// disconnected): SQLite already has the job, and recovery queues what Redis missed. A live Redis answers in about a
    /// millisecond; under the 100 ms a submit may take, because the client's "disconnected" can lag a stopped server.
    /// </summary>
    public TimeSpan RedisBestEffortTimeout { get; set; } = TimeSpan.FromMilliseconds(50);
}
