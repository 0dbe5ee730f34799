using System.Text.Json.Nodes;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// `simulate`: runs the slate's race many times (on the GPU worker when the job offloads, else on the CPU reference: see
/// <see cref="SlateSimulation"/>) and answers each driver's
/// distribution of DraftKings and FanDuel points, finishing chances and expected laps led.
/// </summary>
internal sealed class SimulateJobHandler(SimulationFiles files, JobSlates slates, SlateSimulation simulation) : IJobHandler
{
    public async Task<JsonNode> RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var options = job.OptionsAs<SimulateOptions>();
        var keep = options.Simulations <= SimulationFiles.MaxKeptSimulations;
        var slate = await slates.LoadAsync(job.SlateId, cancellationToken);
        var run = await simulation.RunAsync(job, slate, options, keep, cancellationToken);
        var (result, strengths, _, setup) = run;
        foreach (var matrix in new[] { result.DraftKings, result.FanDuel }.OfType<PointsMatrix>())
        {
            await files.SaveAsync(job.Id, matrix, cancellationToken);
        }

        return SimulationResponse.From(result, strengths, run.Projections, setup.Laps, keep);
    }
}
