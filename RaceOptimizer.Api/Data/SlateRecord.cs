using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Data;

/// <summary>
/// A stored <see cref="Slate"/>. The race is kept as columns so that lists show it without reading the drivers; the
/// drivers are one JSON document because they are always read and written with their slate, never queried alone, and
/// a child table would only add a join and a copy of every <see cref="SlateDriver"/> field to keep in step.
/// </summary>
public sealed class SlateRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public Site Site { get; init; }

    public required Race Race { get; init; }

    public required IReadOnlyList<SlateDriver> Drivers { get; init; }

    /// <summary>The grid's cars the site does not sell (<see cref="Slate.FieldCars"/>); empty in backups made before they were kept.</summary>
    public IReadOnlyList<FieldCar> FieldCars { get; init; } = [];

    /// <summary>The player's locks and excludes (site ids), checked against the slate when saved; none in older backups.</summary>
    public DriverChoicesInfo Choices { get; set; } = DriverChoicesInfo.None;

    /// <summary>Kept beside the drivers so that a list of slates does not read every driver to count them.</summary>
    public int DriverCount { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static SlateRecord From(Slate slate, DateTimeOffset createdAt) => new()
    {
        Id = slate.Id,
        Name = slate.Name,
        Site = slate.Site,
        Race = slate.Race,
        Drivers = slate.Drivers,
        FieldCars = slate.FieldCars,
        DriverCount = slate.Drivers.Count,
        CreatedAt = createdAt,
    };

    public Slate ToSlate() => new(Id, Name, Site, Race, Drivers) { FieldCars = FieldCars };
}
