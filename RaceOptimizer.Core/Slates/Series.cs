using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.Slates;

/// <summary>The three national NASCAR series. O'Reilly is the series formerly called Xfinity (and Busch).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Series>))]
public enum Series
{
    Cup,
    OReilly,
    Trucks,
}
