using System.Text.Json;

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
    /// <summary>
    /// The parameters <see cref="StrengthFit"/> fitted on the loop data (History/strength-parameters.json, written by the
    /// calibration tool's fit-strengths command), so a rating is reproducible from the data and the command.
    /// </summary>
    public static StrengthParameters Default { get; } = Fitted();

    /// <summary>A driver's strength from his recency-weighted sums of performance scores, overall and at the rated track type.</summary>
    internal double Strength(double weight, double weightedScore, double typeWeight, double typeWeightedScore)
    {
        var overall = Shrunk(weight, weightedScore, OverallShrinkage, NewcomerStrength);
        return Shrunk(typeWeight, typeWeightedScore, TrackTypeShrinkage, overall);
    }

    private static double Shrunk(double weight, double weightedScore, double priorWeight, double prior) =>
        (weightedScore + (priorWeight * prior)) / (weight + priorWeight);

    private static StrengthParameters Fitted()
    {
        using var json = typeof(StrengthParameters).Assembly.GetManifestResourceStream("RaceOptimizer.Core.History.strength-parameters.json")
            ?? throw new InvalidOperationException("The fitted strength parameters are not embedded in Core.");
        return JsonSerializer.Deserialize<StrengthParameters>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The fitted strength parameters are empty.");
    }
}
