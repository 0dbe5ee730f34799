namespace RaceOptimizer.Core.Optimization;

/// <summary>The steps of an optimization a person waits through, in order.</summary>
public enum OptimizeStage
{
    /// <summary>Every lineup ranked by the objective (the long step of a simulation objective).</summary>
    Ranking,

    /// <summary>Lineups picked one by one under the rules (for ROI, each valued against the field).</summary>
    Building,

    /// <summary>The portfolio valued again on fresh races against a fresh field.</summary>
    Valuing,
}

/// <summary>Where an optimization stands: its step, and within <see cref="OptimizeStage.Building"/> the lineups built of all.</summary>
public sealed record OptimizeProgress(OptimizeStage Stage, int Done = 0, int Total = 0);
