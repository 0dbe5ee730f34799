using System.Text.Json;
using System.Text.Json.Nodes;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>The `result` of a simulate job (the contract's <see cref="SimulateJobResult"/>), from Core's run.</summary>
internal static class SimulationResponse
{
    /// <param name="optimalLineupShare">Per slate driver (<see cref="Core.Optimization.OptimalLineups"/>); null when not counted.</param>
    public static JsonNode From(SimulationResult result, IReadOnlyList<DriverStrength> strengths, IReadOnlyList<ProjectedMean> projections, int laps, bool matrixKept, string? matrixNote, IReadOnlyList<double>? optimalLineupShare) =>
        JsonSerializer.SerializeToNode(
            new SimulateJobResult(
                result.Simulations,
                result.Seed,
                laps,
                result.StartsDrawn,
                result.MeanLaps,
                result.MeanCautions,
                matrixKept,
                [.. projections.Select(p => new ProjectedMeanInfo(p.Driver, p.Projection, p.Target, p.Simulated, p.Reached))],
                [.. result.Drivers.Select((summary, i) => new DriverSimulation(
                    summary.Name,
                    strengths[i].Driver.SiteId,
                    strengths[i].Driver.Salary,
                    strengths[i].Driver.Start,
                    strengths[i].Strength,
                    strengths[i].Source.ToString(),
                    Points(summary.DraftKings),
                    Points(summary.FanDuel),
                    summary.Win,
                    summary.Top5,
                    summary.Top10,
                    summary.MeanFinish,
                    summary.ExpectedLapsLed,
                    summary.ExpectedFastestLaps,
                    summary.NotFinishing,
                    summary.Finishing.ByPosition,
                    optimalLineupShare?[i]))],
                matrixNote),
            JsonSerializerOptions.Web)!;

    private static PointsDistributionInfo Points(PointsDistribution points) => new(points.Mean, points.P10, points.P50, points.P90);
}
