using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.Slates;

/// <summary>The drivers one site sells for one race, with what is known about them before it.</summary>
public sealed record Slate(string Id, string Name, Site Site, Race Race, IReadOnlyList<SlateDriver> Drivers)
{
    /// <summary>Cars of the starting grid that the site does not sell.</summary>
    public IReadOnlyList<FieldCar> FieldCars { get; init; } = [];

    /// <summary>True once the starting grid is known: a slate driver has a start, or a field car is listed.</summary>
    [JsonIgnore]
    public bool HasGrid => FieldCars.Count > 0 || Drivers.Any(d => d.Start is not null);

    /// <summary>
    /// False for a driver missing from a known grid: he did not qualify or withdrew, so he scores 0 and no lineup takes
    /// him. Before the grid is known every driver is expected to start.
    /// </summary>
    public bool Starts(SlateDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.Start is not null || !HasGrid;
    }
}
