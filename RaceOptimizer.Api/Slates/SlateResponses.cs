using System.Text.Json.Serialization;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Slates;

/// <summary>A slate in a list: enough to pick one without reading its drivers.</summary>
public sealed record SlateSummary(string Id, string Name, Site Site, Race Race, int DriverCount, DateTimeOffset CreatedAt, bool HasResults);

/// <summary>A slate with its drivers, the grid's field cars, and what the grid changed (<see cref="SlateAdjustment"/>).</summary>
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
    /// <summary>How the grid, projection and ownership names matched the salary file's: only in the answer to the upload.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NameMatchReport? Names { get; init; }

    /// <param name="names">The upload's name report: its loose matches join the adjustments.</param>
    public static SlateDetails Of(SlateRecord slate, bool hasResults, NameMatchReport? names = null) =>
        new(slate.Id, slate.Name, slate.Site, slate.Race, slate.CreatedAt, hasResults, slate.Drivers, slate.FieldCars, SlateAdjustment.Of(slate.ToSlate(), names)) { Names = names };
}
