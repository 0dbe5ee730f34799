using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// One slate's race simulated, as `simulate` and `optimize` jobs both need it: on the GPU worker when the job offloads
/// and the worker answers (<see cref="ExecutionRouter"/>; a large run split across its replicas, <see cref="ShardedSimulation"/>),
/// else on the CPU reference; the same seed gives the same races.
/// Scoped to one run, as its router is.
/// </summary>
internal sealed class SlateSimulation(History.HistoryStore history, ExecutionRouter router, ShardedSimulation worker)
{
    /// <param name="Result">As the slate sees it (<see cref="SlateRace.ToSlate"/>): a driver per slate driver, field cars left out.</param>
    /// <param name="Race">The race as run, field cars included; with <paramref name="Setup"/>, the model to run again.</param>
    public sealed record Run(SimulationResult Result, IReadOnlyList<DriverStrength> Strengths, SlateRace Race, RaceSetup Setup)
    {
        /// <summary>The projected drivers' targets and the means the fit reached; empty when nothing was projected.</summary>
        public IReadOnlyList<ProjectedMean> Projections { get; init; } = [];
    }

    public async Task<Run> RunAsync(JobExecution job, Slate slate, SimulateOptions options, bool keepPoints, CancellationToken cancellationToken)
    {
        if (options.Laps is null && slate.Race.ScheduledLaps is null)
        {
            throw new InvalidOperationException($"The length of '{slate.Race.Name}' is unknown: give laps in the job's options.");
        }

        var races = await history.HistoryAsync(cancellationToken);
        var strengths = DriverStrengths.ForSlate(slate, races, new StrengthBlend(options.HistoryWeight));
        var race = SlateRace.Of(slate, strengths, races, options.Laps);
        var setup = race.Setup;
        var seed = options.Seed ?? (ulong)Random.Shared.NextInt64(long.MaxValue);
        var fit = FitProjections(job, slate, setup, options, seed, cancellationToken);
        if (fit is not null)
        {
            (setup, strengths) = (fit.Setup, Fitted(strengths, fit, options.HistoryWeight));
        }

        var result = await SimulateAsync(job, race, setup, new SimulationOptions(options.Simulations, seed, KeepPointsMatrix: keepPoints), cancellationToken);
        return new Run(result, strengths, race, setup) { Projections = fit?.Drivers ?? [] };
    }

    /// <summary>
    /// The same model (strengths, fitted projections, grid) raced again under another seed: fresh races, as valuing a
    /// portfolio out of sample needs, without fitting anything again. The seed, when null, is drawn.
    /// </summary>
    public async Task<SimulationResult> RerunAsync(JobExecution job, Run model, int simulations, ulong? seed, CancellationToken cancellationToken)
    {
        var run = new SimulationOptions(simulations, seed ?? (ulong)Random.Shared.NextInt64(long.MaxValue), KeepPointsMatrix: true);
        return await SimulateAsync(job, model.Race, model.Setup, run, cancellationToken);
    }

    private async Task<SimulationResult> SimulateAsync(JobExecution job, SlateRace race, RaceSetup setup, SimulationOptions options, CancellationToken cancellationToken)
    {
        var run = options with { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var progress = new FractionProgress(job.Progress, done => $"{done * run.Simulations:N0} of {run.Simulations:N0} races simulated");
        var result = await router.RunAsync(
            job,
            (connection, token) => worker.RunAsync(job, connection, setup, run, progress, token),
            token => Task.FromResult(RaceSimulator.Default.Run(setup, run, progress, token)),
            cancellationToken);
        // The fitted setup keeps the race's drivers in their order, so the race maps its result back to the slate.
        return race.ToSlate(result);
    }

    /// <summary>
    /// Moves the projected drivers' simulated means to the user's points (<see cref="ProjectionFit"/>), on one CPU thread
    /// and on no more races a round than the job asks for; the fitted race then runs wherever the job runs. Null when
    /// nothing is projected or the job weighs history alone.
    /// </summary>
    private static ProjectionFitResult? FitProjections(JobExecution job, Slate slate, RaceSetup setup, SimulateOptions options, ulong seed, CancellationToken cancellationToken)
    {
        var points = slate.Drivers.Where(d => d.Projection is not null).ToDictionary(d => d.Name, d => d.Projection);
        if (points.Count == 0 || options.HistoryWeight >= 1)
        {
            return null;
        }

        job.Progress.Report(new JobProgress(0, $"Fitting the simulation to {points.Count} projections"));
        var projections = setup.Drivers.Select(d => points.GetValueOrDefault(d.Name)).ToList();
        return ProjectionFit.Default.Fit(setup, slate.Site, projections, options.HistoryWeight, seed, cancellationToken, Math.Min(ProjectionFit.PilotSimulations, options.Simulations));
    }

    /// <summary>The strengths the fit chose, each projected driver's source saying his projection now counts.</summary>
    private static List<DriverStrength> Fitted(IReadOnlyList<DriverStrength> strengths, ProjectionFitResult fit, double historyWeight)
    {
        var fitted = fit.Setup.Drivers.ToDictionary(d => d.Name, d => d.Strength);
        return [.. strengths.Select(s => s.Driver.Projection is null || !fitted.TryGetValue(s.Driver.Name, out var strength)
            ? s
            : s with { Strength = strength, Source = historyWeight == 0 ? StrengthSource.Projections : StrengthSource.Blend })];
    }
}
