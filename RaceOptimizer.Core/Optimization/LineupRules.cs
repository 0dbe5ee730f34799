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

    /// <summary>Floor on the sum of the drivers' projected ownership, in percent: a lineup no more contrarian than this.</summary>
    public double? MinOwnership { get; init; }

    /// <summary>Sets of drivers a lineup takes at least and at most so many of (a stack, or "no more than one of these").</summary>
    public IReadOnlyList<LineupGroup> Groups { get; init; } = [];
}

/// <summary>A lineup holds at least <see cref="AtLeast"/> and at most <see cref="AtMost"/> of these drivers.</summary>
public sealed record LineupGroup(IReadOnlyList<int> Drivers, int AtLeast, int AtMost)
{
    public ulong Mask { get; } = Drivers.Aggregate(0UL, (mask, index) => mask | (1UL << index));
}
