namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// How opponents build lineups (DOMAIN.md): driver by driver in proportion to ownership, keeping only lineups under the
/// cap that leave at most <see cref="MaxUnusedSalary"/> unspent and project at least <see cref="MinProjectionShare"/> of
/// the best lineup's projection; the draw weights are fitted until each driver's share of the field is within
/// <see cref="OwnershipTolerance"/> percentage points of his ownership.
/// </summary>
public sealed record FieldModel(int MaxUnusedSalary = 3_000, double MinProjectionShare = 0.8, int AttemptsPerLineup = 2_000, double OwnershipTolerance = 1)
{
    public static FieldModel Default { get; } = new();
}
