using System.Text.Json.Serialization;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Slates;

/// <summary>A slate in a list: enough to pick one without reading its drivers.</summary>
public sealed record SlateSummary(string Id, string Name, Site Site, Race Race, int DriverCount, DateTimeOffset CreatedAt, bool HasResults);

/// <summary>A slate with its drivers.</summary>
public sealed record SlateDetails(string Id, string Name, Site Site, Race Race, DateTimeOffset CreatedAt, bool HasResults, IReadOnlyList<SlateDriver> Drivers)
{
    /// <summary>How the grid, projection and ownership names matched the salary file's: only in the answer to the upload.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NameMatchReport? Names { get; init; }

    public static SlateDetails Of(SlateRecord slate, bool hasResults) =>
        new(slate.Id, slate.Name, slate.Site, slate.Race, slate.CreatedAt, hasResults, slate.Drivers);
}
