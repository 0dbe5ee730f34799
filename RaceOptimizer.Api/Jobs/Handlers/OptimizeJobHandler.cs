using System.Text.Json.Nodes;
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
internal sealed class OptimizeJobHandler(SimulationFiles files, JobSlates slates, JobStore jobs, SlateSimulation simulation, ExecutionRouter router, GpuWorkerClient worker) : IJobHandler
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

        var (points, holdout) = await PointsAsync(job, slate, options, cancellationToken);
        job.Progress.Report(new JobProgress(points is null ? 10 : 90, $"Building {options.Lineups:N0} lineups"));
        var planned = request with
        {
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
        return OptimizeResponse.From(result, request, points?.Simulations ?? 0);
    }

    private static Task<OptimizeResult> OptimizeAsync(OptimizeRequest request, CancellationToken cancellationToken) =>
        Task.Run(() => LineupOptimizer.Optimize(request, cancellationToken), cancellationToken);

    /// <summary>Scoring every lineup against the simulations is the heavy part of a simulation objective: the worker does it.</summary>
    private async Task<WorkerReply<OptimizeResult>> OptimizeOnGpuAsync(JobExecution job, OptimizeRequest request, GpuConnection connection, CancellationToken cancellationToken)
    {
        var scorer = new WorkerLineupScorer(worker, connection, new FractionProgress(job.Progress, done => $"Scoring every lineup on the GPU: {done:P0}"));
        var result = await Task.Run(() => LineupOptimizer.OptimizeAsync(request with { Scorer = scorer }, cancellationToken), cancellationToken);
        return new WorkerReply<OptimizeResult>(result, scorer.Instances);
    }

    /// <summary>The races the portfolio is chosen on, and fresh races of the same model to value it on; none for projections alone.</summary>
    private async Task<(PointsMatrix? Points, PointsMatrix? Holdout)> PointsAsync(JobExecution job, Slate slate, OptimizeOptions options, CancellationToken cancellationToken)
    {
        if (options.PointsJobId is { } simulationJob)
        {
            var kept = files.Load(simulationJob, slate.Site)
                ?? throw new InvalidOperationException($"Job '{simulationJob}' kept no {slate.Site} simulations (it is not a finished simulate job, or it ran more than {SimulationFiles.MaxKeptSimulations:N0}).");
            // The kept races carry no model: it is rebuilt from that job's own options, then raced under the fresh seed.
            var model = await ModelOptionsAsync(simulationJob, cancellationToken);
            var fresh = model with { Simulations = kept.Simulations, Seed = HoldoutSeed(model.Seed) };
            var rebuilt = await simulation.RunAsync(job, slate, fresh, keepPoints: true, cancellationToken);
            return (kept, Site(rebuilt.Result, slate));
        }

        if (options.RacesToSimulate == 0)
        {
            return (null, null);
        }

        var run = await simulation.RunAsync(job, slate, options.Simulation, keepPoints: true, cancellationToken);
        var holdout = await simulation.RerunAsync(job, run, options.RacesToSimulate, HoldoutSeed(options.Seed), cancellationToken);
        return (Site(run.Result, slate), Site(holdout, slate));
    }

    private async Task<SimulateOptions> ModelOptionsAsync(string simulationJob, CancellationToken cancellationToken)
    {
        var record = await jobs.FindAsync(simulationJob, cancellationToken);
        return record is not null && JobOptionsJson.Read(record.Type, record.Config) is SimulateOptions options
            ? options
            : throw new InvalidOperationException($"Job '{simulationJob}' is not a simulate job: its races cannot be run again to value the portfolio.");
    }

    private static ulong? HoldoutSeed(ulong? seed) => seed is { } given ? OptimizeRequest.HoldoutSeed(given) : null;

    private static PointsMatrix? Site(SimulationResult result, Slate slate) => slate.Site == Core.Slates.Site.DraftKings ? result.DraftKings : result.FanDuel;
}
