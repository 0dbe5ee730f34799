using System.Text.Json.Nodes;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// `simulate`: runs the slate's race many times (on the GPU worker when the job offloads, else on the CPU reference: see
/// <see cref="SlateSimulation"/>) and answers each driver's
/// distribution of DraftKings and FanDuel points, finishing chances, expected laps led and the share of the races' optimal
/// lineups he is in (<see cref="OptimalLineups"/>, counted from the slate's site's points, so only where they are kept). Up to
/// <see cref="SimulationFiles.MaxKeptSimulations"/> races it keeps the points matrices, within the quota
/// (<see cref="SimulationQuota"/>): older jobs' matrices make room, and each of those jobs says so.
/// </summary>
internal sealed class SimulateJobHandler(SimulationFiles files, SimulationQuota quota, JobStore jobs, JobSlates slates, SlateSimulation simulation, TimeProvider time) : IJobHandler
{
    public async Task<JsonNode> RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var options = job.OptionsAs<SimulateOptions>();
        var keep = options.Simulations <= SimulationFiles.MaxKeptSimulations;
        var slate = await slates.LoadAsync(job.SlateId, cancellationToken);
        var run = await simulation.RunAsync(job, slate, options, keep, cancellationToken);
        var (result, strengths, _, setup) = run;
        var share = OptimalLineupShare(job, slate, result, cancellationToken);
        var note = keep ? null : $"not kept: more than {SimulationFiles.MaxKeptSimulations:N0} races";
        if (keep)
        {
            foreach (var matrix in new[] { result.DraftKings, result.FanDuel }.OfType<PointsMatrix>())
            {
                await files.SaveAsync(job.Id, matrix, cancellationToken);
            }

            var eviction = await quota.EnforceAsync(job.Id, cancellationToken);
            // Not cancellable: the files are gone, so the jobs must say so even if this job is being cancelled.
            await jobs.MarkPointsEvictedAsync(eviction.Evicted, time.GetUtcNow());
            keep = eviction.SavedKept;
            note = keep ? null : $"not kept: larger than the simulation quota of {quota.QuotaBytes:N0} bytes (Simulations:QuotaBytes)";
        }

        return SimulationResponse.From(result, strengths, run.Projections, setup.Laps, keep, note, share);
    }

    /// <summary>Counted inline: the handler already runs on the job compute threads, and Core's loop follows it there.</summary>
    private static double[]? OptimalLineupShare(JobExecution job, Slate slate, SimulationResult result, CancellationToken cancellationToken)
    {
        if ((slate.Site == Site.DraftKings ? result.DraftKings : result.FanDuel) is not { } points)
        {
            return null;
        }

        job.Progress.Report(new JobProgress(100, $"Finding the optimal lineup of each of {points.Simulations:N0} races"));
        return OptimalLineups.Share(slate, points, cancellationToken);
    }
}
