using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The drivers a player locks into every lineup and excludes from all, kept with the slate. Checked by the optimizer's
/// own rules, so a slate never holds choices no optimization could meet.
/// </summary>
public static class DriverChoices
{
    /// <summary>Why the choices cannot stand on the slate (the constraint and a sentence), or null when they can.</summary>
    public static InfeasibleConstraintException? Problem(Slate slate, IReadOnlyList<int> locks, IReadOnlyList<int> excludes)
    {
        ArgumentNullException.ThrowIfNull(slate);
        var rules = new LineupRules(locks, excludes);
        try
        {
            Feasibility.CheckDrivers(rules, new LineupSpace(slate, rules));
            return null;
        }
        catch (InfeasibleConstraintException problem)
        {
            return problem;
        }
    }
}
