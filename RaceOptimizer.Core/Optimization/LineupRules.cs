namespace RaceOptimizer.Core.Optimization;

/// <summary>What every lineup of a portfolio must respect. Drivers are slate indices.</summary>
/// <param name="MaxOwnership">Cap on the sum of the drivers' projected ownership, in percent.</param>
public sealed record LineupRules(
    IReadOnlyList<int> Locks,
    IReadOnlyList<int> Excludes,
    int? SalaryMin = null,
    int? SalaryMax = null,
    double? MaxOwnership = null)
{
    public static LineupRules None { get; } = new([], []);
}
