namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>
/// A lineup the portfolio keeps as it is (a rebuild sends the lineups locked in the job it rebuilds): drivers by the site's
/// player id, a whole lineup of the slate. It counts toward the lineups, the exposures and the pair and trio limits.
/// </summary>
public sealed record KeptLineupOption
{
    [RequiredOption("is required: an array of the site's player ids")]
    [PlayerIds]
    public IReadOnlyList<string>? Drivers { get; init; }
}
