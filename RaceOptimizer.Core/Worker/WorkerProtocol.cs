namespace RaceOptimizer.Core.Worker;

/// <summary>
/// The HTTP side of the API-to-worker contract: routes, headers and media types, declared once for the API's
/// <c>GpuWorkerClient</c> and the worker's endpoints. The bodies are this folder's types: <see cref="SimulationRequest"/>
/// answered by a <see cref="SimulationStream"/>, <see cref="LineupEvaluationRequest"/>, <see cref="LineupScoringRequest"/>,
/// <see cref="LineupPayoutRequest"/>, and <see cref="WorkerDevice"/>.
/// </summary>
public static class WorkerProtocol
{
    /// <summary>Every request but health carries the shared `gpu-api-key` in this header.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Every reply names the worker process that answered in this header (replicas share one address).</summary>
    public const string InstanceHeader = "X-Worker-Instance";

    /// <summary>Every reply names the worker's device in this header, so each shard of a job records its own.</summary>
    public const string DeviceHeader = "X-Worker-Device";

    public static class Routes
    {
        public const string Device = "/device";
        public const string Simulations = "/simulations";
        public const string EvaluateLineups = "/lineups/evaluate";
        public const string ScoreLineups = "/lineups/score";
        public const string PayLineups = "/lineups/payouts";
    }

    public static class MediaTypes
    {
        /// <summary>A shard's tally, not a summary: renamed with the change, so an older worker or API is refused at the content type.</summary>
        public const string Simulation = "application/vnd.raceoptimizer.simulation-shard";
        public const string Lineups = "application/vnd.raceoptimizer.lineups";
        public const string LineupScores = "application/vnd.raceoptimizer.lineup-scores";
        public const string LineupPayouts = "application/vnd.raceoptimizer.lineup-payouts";
    }
}
