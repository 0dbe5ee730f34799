namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// A driver's chance of each finishing position, 1st first, one entry per car in the field: the whole distribution the
/// win, top-5 and top-10 odds are cuts of. Equal when the positions' chances are, so two runs compare by value.
/// </summary>
public sealed record FinishingOdds(IReadOnlyList<double> ByPosition)
{
    public static FinishingOdds None { get; } = new([]);

    public bool Equals(FinishingOdds? other) => other is not null && ByPosition.SequenceEqual(other.ByPosition);

    public override int GetHashCode() => ByPosition.Aggregate(ByPosition.Count, (hash, odds) => HashCode.Combine(hash, odds));
}
