using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Ui.Api;

/// <summary>What the jobs list is filtered by; empty means "any".</summary>
public sealed record JobFilter(string? Status = null, string? Type = null, string? Search = null, int Page = 1, int PageSize = 50);

/// <summary>The body of `POST /api/jobs` for a simulation.</summary>
public sealed record NewSimulationRequest(string Name, string SlateId, SimulateOptions Simulate)
{
    public JobType Type => JobType.Simulate;
}

public sealed record SimulateOptions(int Simulations);
