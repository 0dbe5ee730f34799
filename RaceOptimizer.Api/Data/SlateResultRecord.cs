using RaceOptimizer.Core.Results;

namespace RaceOptimizer.Api.Data;

/// <summary>
/// The real result attached to a slate after its race, one per slate (attaching again replaces it). Only the result is
/// stored: points are scored from it on every read by Core's tables, so no stored copy can disagree with them.
/// </summary>
public sealed class SlateResultRecord
{
    public required string SlateId { get; init; }

    public required RaceResult Result { get; init; }

    public DateTimeOffset AttachedAt { get; init; }
}
