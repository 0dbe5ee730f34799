using System.Text.Json.Serialization;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.History;

/// <summary>Where a driver's strength came from, so the user can see what the simulation rests on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StrengthSource>))]
public enum StrengthSource
{
    History,
    Projections,

    /// <summary>History and projections mixed by the stated <see cref="StrengthBlend"/>.</summary>
    Blend,

    /// <summary>Neither history nor projections: the site's salary and average points.</summary>
    Salary,
}

/// <summary>A slate driver's strength for the race, and where it came from.</summary>
public sealed record DriverStrength(SlateDriver Driver, double Strength, StrengthSource Source)
{
    /// <summary>His history rating, whose crash, failure and leading tendencies the race uses; null when history does not know him.</summary>
    [JsonIgnore]
    public DriverRating? Rating { get; init; }
}
