using System.Text.Json;
using System.Text.Json.Nodes;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>The `result` of a simulate job: the run's facts and, per driver, what the simulations say.</summary>
internal static class SimulationResponse
{
    public static JsonNode From(SimulationResult result, IReadOnlyList<DriverStrength> strengths, IReadOnlyList<ProjectedMean> projections, int laps, bool matrixKept) =>
        JsonSerializer.SerializeToNode(
            new
            {
                result.Simulations,
                result.Seed,
                Laps = laps,
                result.StartsDrawn,
                result.MeanLaps,
                result.MeanCautions,
                // The optimizer reads the kept matrices of this job (points of every driver in every simulation).
                PointsMatrixKept = matrixKept,
                // Each projected driver's target (his projection, blended by historyWeight) and the mean the fit reached.
                Projections = projections,
                Drivers = result.Drivers.Select((summary, i) => new
                {
                    summary.Name,
                    strengths[i].Driver.SiteId,
                    strengths[i].Driver.Salary,
                    strengths[i].Driver.Start,
                    strengths[i].Strength,
                    StrengthSource = strengths[i].Source,
                    summary.DraftKings,
                    summary.FanDuel,
                    summary.Win,
                    summary.Top5,
                    summary.Top10,
                    summary.MeanFinish,
                    summary.ExpectedLapsLed,
                    summary.ExpectedFastestLaps,
                    summary.NotFinishing,
                }),
            },
            JsonSerializerOptions.Web)!;
}
