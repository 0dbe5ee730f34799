namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The constraints cannot all hold. Thrown before any long work where a check can tell; <see cref="Constraint"/> names
/// the option at fault (`exposures`, `salaryMin`, `minUniqueDrivers`...) so the API can point at it.
/// </summary>
public sealed class InfeasibleConstraintException(string constraint, string message) : Exception(message)
{
    public string Constraint { get; } = constraint;
}
