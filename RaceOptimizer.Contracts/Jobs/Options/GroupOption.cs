namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>
/// A set of drivers each lineup takes at least <see cref="AtLeast"/> and at most <see cref="AtMost"/> of: a stack of
/// teammates (`atLeast: 2`), or "no more than one of these" (`atMost: 1`). Drivers by the site's player id.
/// </summary>
public sealed record GroupOption
{
    /// <summary>More than a lineup holds on either site: the roster sizes are 6 (DraftKings) and 5 (FanDuel).</summary>
    public const int MaxCount = 6;

    [RequiredOption("is required: an array of the site's player ids")]
    [PlayerIds]
    public IReadOnlyList<string>? Drivers { get; init; }

    [WholeNumber(0, MaxCount)]
    public int AtLeast { get; init; }

    [WholeNumber(0, MaxCount)]
    public int AtMost { get; init; } = MaxCount;
}
