namespace RaceOptimizer.Core.History;

/// <summary>
/// How history becomes a rating. Strengths are in the units of <see cref="HistoryEntry.Performance"/>: 0 is a
/// mid-field driver, +1 one standard deviation better.
/// </summary>
/// <param name="HalfLifeDays">A race this many days old counts half as much as one run today.</param>
/// <param name="TrackTypeShrinkage">
/// How many (recency-weighted) races of the driver's overall form his track-type record is blended with: a driver with
/// few races of a type keeps mostly his overall strength.
/// </param>
/// <param name="OverallShrinkage">How many races of <see cref="NewcomerStrength"/> his overall form is blended with.</param>
/// <param name="NewcomerStrength">What a driver with no history in the series is taken to be: newcomers mostly run at the back.</param>
public sealed record StrengthParameters(double HalfLifeDays, double TrackTypeShrinkage, double OverallShrinkage, double NewcomerStrength)
{
    public static StrengthParameters Default { get; } = new(HalfLifeDays: 365, TrackTypeShrinkage: 4, OverallShrinkage: 3, NewcomerStrength: -0.8);
}
