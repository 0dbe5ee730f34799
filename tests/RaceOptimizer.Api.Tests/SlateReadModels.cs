using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Tests;

// The API's slate JSON read back into Core's own types (the contract writes Core's enums and records as strings and
// plain records): these tests keep asserting against Core's values, which also proves the wire format did not move.

/// <summary>`GET /api/slates`, one item, read as Core's types.</summary>
public sealed record SlateSummary(string Id, string Name, Site Site, Race Race, int DriverCount, DateTimeOffset CreatedAt, bool HasResults);

/// <summary>`GET /api/slates/{id}` (and the import's answer, with <see cref="Names"/>), read as Core's types.</summary>
public sealed record SlateDetails(
    string Id,
    string Name,
    Site Site,
    Race Race,
    DateTimeOffset CreatedAt,
    bool HasResults,
    IReadOnlyList<SlateDriver> Drivers,
    IReadOnlyList<FieldCar> FieldCars,
    IReadOnlyList<SlateAdjustment> Adjustments)
{
    public NameMatchReport? Names { get; init; }
}
