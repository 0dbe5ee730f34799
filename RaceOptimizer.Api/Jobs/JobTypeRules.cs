namespace RaceOptimizer.Api.Jobs;

/// <summary>What the API asks of each job type (the type itself is part of the public contract).</summary>
public static class JobTypeRules
{
    /// <summary>Whether jobs of the type run on a slate (`slateId` is required and must exist).</summary>
    public static bool NeedsSlate(this JobType type) => type is JobType.Simulate or JobType.Optimize;
}
