using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Api.Jobs.Options;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// `optimize`: builds a portfolio of lineups for the slate, by projections alone or against simulations run with the
/// job (or kept by an earlier `simulate` job), and answers each lineup with its statistics plus the exposures. A
/// portfolio chosen on simulations is valued again on as many fresh races of the same model (<see cref="OptimizeRequest.Holdout"/>).
/// </summary>
internal sealed class OptimizeJobHandler(
    SimulationFiles files, JobSlates slates, JobStore jobs, SlateSimulation simulation, ExecutionRouter router, GpuWorkerClient worker, ShardRunner shards, IOptions<ShardOptions> split) : IJobHandler
{
    public async Task<JsonNode> RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var options = job.OptionsAs<OptimizeOptions>();
        var slate = await slates.LoadAsync(job.SlateId, cancellationToken);
        var (request, errors) = OptimizePlan.Bind(options, slate);
        if (request is null)
        {
            throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)));
        }

        var (points, holdout, reSimulated) = await PointsAsync(job, slate, options, cancellationToken);
        var planned = request with
        {
            Progress = new OptimizeStageProgress(job.Progress, points is null ? 10 : 90),
            Simulations = points is null ? null : SimulatedPoints.From(points),
            Holdout = holdout is null ? null : SimulatedPoints.From(holdout),
            Seed = options.Simulation.Seed ?? 0,
        };
        var result = planned.Objective.NeedsSimulations
            ? await router.RunAsync(
                job,
                (connection, token) => OptimizeOnGpuAsync(job, planned, connection, token),
                token => OptimizeAsync(planned, token),
                cancellationToken)
            : await OptimizeAsync(planned, cancellationToken);
        return OptimizeResponse.From(result, request, points?.Simulations ?? 0, reSimulated);
    }

    private static Task<OptimizeResult> OptimizeAsync(OptimizeRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(LineupOptimizer.Optimize(request, cancellationToken));

    /// <summary>Scoring every lineup against the simulations is the heavy part of a simulation objective: the worker does it.</summary>
    private async Task<WorkerReply<OptimizeResult>> OptimizeOnGpuAsync(JobExecution job, OptimizeRequest request, GpuConnection connection, CancellationToken cancellationToken)
    {
        var scorer = new WorkerLineupScorer(worker, connection, new FractionProgress(job.Progress, done => $"Scoring every lineup on the GPU: {done:P0}"), job, shards, split.Value);
        var result = await LineupOptimizer.OptimizeAsync(request with { Scorer = scorer }, cancellationToken);
        return new WorkerReply<OptimizeResult>(result, scorer.Instances);
    }

    /// <summary>
    /// The races the portfolio is chosen on, fresh races of the same model to value it on (none for projections alone),
    /// and the simulate job whose races had to be simulated again, if any.
    /// </summary>
    private async Task<(PointsMatrix? Points, PointsMatrix? Holdout, ReSimulatedRaces? ReSimulated)> PointsAsync(JobExecution job, Slate slate, OptimizeOptions options, CancellationToken cancellationToken)
    {
        if (options.PointsJobId is { } simulationJob)
        {
            var source = await SimulateJobAsync(simulationJob, cancellationToken);
            var kept = files.Load(simulationJob, slate.Site);
            var reSimulated = kept is null ? source.ReSimulated(slate.Site) : null;
            if (reSimulated is not null)
            {
                // Same model, same seed: the races the simulate job ran (the engine draws simulation i from (seed, i) alone).
                job.Progress.Report(new JobProgress(0, $"Simulating again the races of job '{simulationJob}': {reSimulated.Reason}"));
                var again = await simulation.RunAsync(job, slate, source.Options with { Seed = source.Seed }, keepPoints: true, cancellationToken);
                kept = Site(again.Result, slate);
            }

            // The kept races carry no model: it is rebuilt from that job's own options, then raced under the fresh seed.
            var fresh = source.Options with { Simulations = kept!.Simulations, Seed = HoldoutSeed(source.Options.Seed) };
            var rebuilt = await simulation.RunAsync(job, slate, fresh, keepPoints: true, cancellationToken);
            return (kept, Site(rebuilt.Result, slate), reSimulated);
        }

        if (options.RacesToSimulate == 0)
        {
            return (null, null, null);
        }

        var run = await simulation.RunAsync(job, slate, options.Simulation, keepPoints: true, cancellationToken);
        var holdout = await simulation.RerunAsync(job, run, options.RacesToSimulate, HoldoutSeed(options.Seed), cancellationToken);
        return (Site(run.Result, slate), Site(holdout, slate), null);
    }

    private async Task<SimulateJobSource> SimulateJobAsync(string simulationJob, CancellationToken cancellationToken)
    {
        var record = await jobs.FindAsync(simulationJob, cancellationToken);
        if (record is null || JobOptionsJson.Read(record.Type, record.Config) is not SimulateOptions options)
        {
            throw new InvalidOperationException($"Job '{simulationJob}' is not a simulate job: its races cannot be run again to value the portfolio.");
        }

        if (record.Status != JobStatus.Completed || record.Result is null)
        {
            throw new InvalidOperationException($"Job '{simulationJob}' is {record.Status.Name()}, not a finished simulate job: it has no races to choose lineups on.");
        }

        var seed = JsonNode.Parse(record.Result)?["seed"]?.GetValue<ulong>()
            ?? throw new InvalidOperationException($"Job '{simulationJob}' did not record its seed: its races cannot be simulated again.");
        return new SimulateJobSource(simulationJob, options, seed, record.PointsEvictedAt);
    }

    /// <summary>A finished simulate job: its options and the seed its races ran under (drawn when the options had none).</summary>
    private sealed record SimulateJobSource(string JobId, SimulateOptions Options, ulong Seed, DateTimeOffset? EvictedAt)
    {
        /// <summary>What an optimize says when this job's matrix is missing; throws when the races are too many to simulate again.</summary>
        public ReSimulatedRaces ReSimulated(Site site)
        {
            if (Options.Simulations > SimulationFiles.MaxKeptSimulations)
            {
                throw new InvalidOperationException($"Job '{JobId}' ran {Options.Simulations:N0} races, more than the {SimulationFiles.MaxKeptSimulations:N0} an optimize can hold: its points were never kept. Optimize from a simulate job of fewer races, or let the optimize simulate its own.");
            }

            var reason = EvictedAt is { } at
                ? $"its points were evicted by the simulation quota on {at:yyyy-MM-dd HH:mm} UTC"
                : $"its {site} points are not on disk (larger than the simulation quota, or lost with the data folder)";
            return new ReSimulatedRaces(JobId, Options.Simulations, Seed, reason);
        }
    }

    private static ulong? HoldoutSeed(ulong? seed) => seed is { } given ? OptimizeRequest.HoldoutSeed(given) : null;

    private static PointsMatrix? Site(SimulationResult result, Slate slate) => slate.Site == Core.Slates.Site.DraftKings ? result.DraftKings : result.FanDuel;
}
