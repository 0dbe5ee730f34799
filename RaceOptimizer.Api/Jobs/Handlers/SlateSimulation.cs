using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// One slate's race simulated, as `simulate` and `optimize` jobs both need it: on the GPU worker when the job offloads
/// and the worker answers (<see cref="ExecutionRouter"/>), else on the CPU reference; the same seed gives the same races.
/// </summary>
internal static class SlateSimulation
{
    /// <param name="Result">As the slate sees it (<see cref="SlateRace.ToSlate"/>): a driver per slate driver, field cars left out.</param>
    public sealed record Run(SimulationResult Result, IReadOnlyList<DriverStrength> Strengths, RaceSetup Setup);

    public static async Task<Run> RunAsync(JobExecution job, Slate slate, SimulateOptions options, bool keepPoints, CancellationToken cancellationToken)
    {
        if (options.Laps is null && slate.Race.ScheduledLaps is null)
        {
            throw new InvalidOperationException($"The length of '{slate.Race.Name}' is unknown: give laps in the job's options.");
        }

        var history = await job.Services.GetRequiredService<History.HistoryStore>().HistoryAsync(cancellationToken);
        var strengths = DriverStrengths.ForSlate(slate, history, new StrengthBlend(options.HistoryWeight));
        var race = SlateRace.Of(slate, strengths, history, options.Laps);
        var setup = race.Setup;
        var seed = options.Seed ?? (ulong)Random.Shared.NextInt64(long.MaxValue);
        var run = new SimulationOptions(options.Simulations, seed, KeepPointsMatrix: keepPoints) { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var progress = new FractionProgress(job.Progress, done => $"{done * options.Simulations:N0} of {options.Simulations:N0} races simulated");
        var result = await job.Services.GetRequiredService<ExecutionRouter>().RunAsync(
            job,
            (worker, token) => job.Services.GetRequiredService<GpuWorkerClient>().SimulateAsync(worker, setup, run, progress, token),
            token => Task.Run(() => RaceSimulator.Default.Run(setup, run, progress, token), token),
            cancellationToken);
        return new Run(race.ToSlate(result), strengths, setup);
    }
}
