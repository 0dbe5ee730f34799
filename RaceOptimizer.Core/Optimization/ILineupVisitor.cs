namespace RaceOptimizer.Core.Optimization;

/// <summary>What a visitor tells the walk after looking at a driver in a slot.</summary>
public enum WalkStep
{
    /// <summary>Go on into lineups with this driver.</summary>
    Descend,

    /// <summary>No lineup with this driver here can matter; try the next driver.</summary>
    Skip,

    /// <summary>Neither this driver nor any later one in the order can matter at this depth.</summary>
    Stop,
}

/// <summary>
/// Looks at lineups as <see cref="LineupSpace.Walk"/> builds them. A struct, so the walk is compiled for each visitor and
/// its calls inline in the innermost loop.
/// </summary>
public interface ILineupVisitor
{
    /// <summary>The driver at <paramref name="position"/> of the order takes free slot <paramref name="depth"/>.</summary>
    WalkStep Enter(int depth, int position);

    /// <summary>A whole lineup; its last driver is at <paramref name="position"/> (-1 when every slot is locked).</summary>
    WalkStep Leaf(int depth, int position, ulong lineup, int salary);
}
