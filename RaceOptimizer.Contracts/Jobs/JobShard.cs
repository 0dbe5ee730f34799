namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// One shard of a job split across the worker's replicas: races <paramref name="First"/> to <paramref name="First"/> +
/// <paramref name="Races"/> - 1 of its seed, and where they ran: `gpu` on the named worker instance and device, or
/// `fallback` on the API's CPU once every try on the worker failed, with the last failure's reason.
/// </summary>
/// <param name="Stage">Which of the job's split simulations it belongs to, from 1: an optimize job's races, then its fresh races.</param>
/// <param name="Tries">Calls to the worker it took, each on a fresh connection; a fallback shard tried every one it was allowed.</param>
public sealed record JobShard(int Stage, int First, int Races, ExecutionMode Mode, string DeviceName, string? WorkerInstance, int Tries, string? FallbackReason);
