namespace RaceOptimizer.Ui.Api;

/// <summary>What the jobs list is filtered by; empty means "any".</summary>
public sealed record JobFilter(string? Status = null, string? Type = null, string? Search = null, int Page = 1, int PageSize = 50, string? SlateId = null);
