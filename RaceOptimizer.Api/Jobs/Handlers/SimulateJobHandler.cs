using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// `simulate`: runs the slate's race many times, on the GPU worker when the job offloads and the worker answers, else on
/// the CPU reference simulator (the same results for the same seed), and answers each driver's
/// distribution of DraftKings and FanDuel points, finishing chances and expected laps led.
/// </summary>
internal sealed class SimulateJobHandler(SimulationFiles files) : IJobHandler
{
    public string Type => JobTypes.Simulate;

    public bool NeedsSlate => true;

    public IDictionary<string, string[]> Validate(JsonElement? options) => SimulateOptions.Read(options).Errors;

    public async Task<JsonNode> RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var options = SimulateOptions.Read(job.Options).Options!;
        var db = job.Services.GetRequiredService<RaceOptimizerDb>();
        var record = await db.Slates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == job.SlateId, cancellationToken)
            ?? throw new InvalidOperationException($"The slate '{job.SlateId}' was deleted before the job ran.");
        var slate = record.ToSlate();
        if (options.Laps is null && slate.Race.ScheduledLaps is null)
        {
            throw new InvalidOperationException($"The length of '{slate.Race.Name}' is unknown: give simulate.laps.");
        }

        var history = await job.Services.GetRequiredService<History.HistoryStore>().HistoryAsync(cancellationToken);
        var strengths = DriverStrengths.ForSlate(slate, history, new StrengthBlend(options.HistoryWeight));
        var setup = DriverStrengths.Setup(slate, strengths, options.Laps);
        var seed = options.Seed ?? (ulong)Random.Shared.NextInt64(long.MaxValue);
        var keep = options.Simulations <= SimulationFiles.MaxKeptSimulations;
        var run = new SimulationOptions(options.Simulations, seed, KeepPointsMatrix: keep) { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var progress = new FractionProgress(job.Progress, done => $"{done * options.Simulations:N0} of {options.Simulations:N0} races simulated");
        var result = await job.Services.GetRequiredService<ExecutionRouter>().RunAsync(
            job,
            (worker, token) => job.Services.GetRequiredService<GpuWorkerClient>().SimulateAsync(worker, setup, run, progress, token),
            token => Task.Run(() => RaceSimulator.Default.Run(setup, run, progress, token), token),
            cancellationToken);
        foreach (var matrix in new[] { result.DraftKings, result.FanDuel }.OfType<PointsMatrix>())
        {
            await files.SaveAsync(job.Id, matrix, cancellationToken);
        }

        return SimulationResponse.From(result, strengths, setup.Laps, keep);
    }
}
