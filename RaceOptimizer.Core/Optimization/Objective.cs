using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.Optimization;

/// <summary>What makes one lineup better than another.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ObjectiveKind>))]
public enum ObjectiveKind
{
    /// <summary>Expected points (cash games).</summary>
    Mean,

    /// <summary>A chosen percentile of the simulated points.</summary>
    Percentile,

    /// <summary>The probability of reaching a target: the modelled field's top-1% score, or the user's number.</summary>
    Tail,

    /// <summary>The mean of the best alpha share of simulated outcomes.</summary>
    Cvar,

    /// <summary>Expected return on the entry fee against a simulated contest field.</summary>
    Roi,
}

/// <param name="Percentile">For <see cref="ObjectiveKind.Percentile"/>: 1 to 99.</param>
/// <param name="Alpha">For <see cref="ObjectiveKind.Cvar"/>: the share of best outcomes averaged, above 0 and at most 1.</param>
/// <param name="Target">For <see cref="ObjectiveKind.Tail"/>: points to reach; null for the field's top-1% score of each simulated race.</param>
public sealed record Objective(ObjectiveKind Kind, double Percentile = 90, double Alpha = 0.1, double? Target = null)
{
    public static Objective Mean { get; } = new(ObjectiveKind.Mean);

    public bool NeedsSimulations => Kind != ObjectiveKind.Mean;

    /// <summary>The nearest-rank index (ascending, from 0) of the percentile among <paramref name="simulations"/> values.</summary>
    public int PercentileIndex(int simulations) => Math.Clamp((int)Math.Ceiling(Percentile / 100 * simulations) - 1, 0, simulations - 1);

    /// <summary>How many of the best outcomes the <see cref="ObjectiveKind.Cvar"/> mean averages.</summary>
    public int TailCount(int simulations) => Math.Clamp((int)Math.Ceiling(Alpha * simulations), 1, simulations);
}
