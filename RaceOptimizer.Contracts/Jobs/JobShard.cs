namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// One shard of a job's work split across the worker's replicas: <paramref name="Count"/> races of its seed, or lineups
/// to score, from <paramref name="First"/> on, and where they ran: `gpu` on the named worker instance(s) and device,
/// or `fallback` on the API's CPU once every try on the worker failed, with the last failure's reason.
/// </summary>
/// <param name="Stage">Which of the job's split stages it belongs to, from 1 (an optimize job: its races, its fresh races, its lineups).</param>
/// <param name="Work"><see cref="RacesWork"/> (races by seed range) or <see cref="LineupsWork"/> (lineups scored by range).</param>
/// <param name="WorkerInstance">The instance that answered; a lineup shard scored in several calls may name several, comma-separated.</param>
/// <param name="Tries">Tries on the worker it took, each on another connection; a fallback shard tried every one it was allowed.</param>
public sealed record JobShard(int Stage, string Work, int First, int Count, ExecutionMode Mode, string DeviceName, string? WorkerInstance, int Tries, string? FallbackReason)
{
    public const string RacesWork = "races";
    public const string LineupsWork = "lineups";
}
