namespace RaceOptimizer.Core.History;

/// <summary>How much of a driver's strength comes from history rather than the user's projections, when both are there.</summary>
/// <param name="HistoryWeight">1 for history alone, 0 for the projections alone.</param>
public sealed record StrengthBlend(double HistoryWeight)
{
    public static StrengthBlend HistoryOnly { get; } = new(1);

    public static StrengthBlend ProjectionsOnly { get; } = new(0);

    public static StrengthBlend Even { get; } = new(0.5);

    public double HistoryWeight { get; } = HistoryWeight is >= 0 and <= 1 ? HistoryWeight : throw new ArgumentOutOfRangeException(nameof(HistoryWeight), HistoryWeight, "A weight between 0 and 1.");
}
