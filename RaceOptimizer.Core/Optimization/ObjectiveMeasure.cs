namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// A simulation objective fixed for one number of simulations, as plain numbers a kernel can take: the kind, and the
/// rank it needs (the percentile's nearest-rank index, or how many best outcomes cvar sums; unused by tail).
/// </summary>
public readonly record struct ObjectiveMeasure(ObjectiveKind Kind, int Rank)
{
    public static ObjectiveMeasure Of(Objective objective, int simulations)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return objective.Kind switch
        {
            ObjectiveKind.Tail => new(ObjectiveKind.Tail, 0),
            ObjectiveKind.Percentile => new(ObjectiveKind.Percentile, objective.PercentileIndex(simulations)),
            ObjectiveKind.Cvar => new(ObjectiveKind.Cvar, objective.TailCount(simulations)),
            _ => throw new ArgumentException($"The {objective.Kind} objective is not scored lineup by lineup over simulations.", nameof(objective)),
        };
    }

    /// <summary>Throws unless the measure can score lineups over <paramref name="simulations"/> simulations.</summary>
    public void Check(int simulations)
    {
        var valid = Kind switch
        {
            ObjectiveKind.Tail => true,
            ObjectiveKind.Percentile => Rank >= 0 && Rank < simulations,
            ObjectiveKind.Cvar => Rank >= 1 && Rank <= simulations,
            _ => false,
        };
        if (!valid)
        {
            throw new ArgumentException($"A {Kind} measure of rank {Rank} does not fit {simulations} simulations.");
        }
    }
}
