using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.Slates;

/// <summary>Families of tracks that race alike; driver ratings and race simulation are kept per family.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrackType>))]
public enum TrackType
{
    /// <summary>Drafting pack racing with multi-car wrecks (Daytona, Talladega, Atlanta since 2022).</summary>
    Superspeedway,

    /// <summary>1.5 to 2 mile ovals.</summary>
    Intermediate,

    /// <summary>Ovals of about a mile or less where one car often dominates.</summary>
    ShortTrack,

    /// <summary>Flat or lightly banked ovals (Phoenix, Pocono, New Hampshire, Gateway, Indianapolis oval).</summary>
    Flat,

    RoadCourse,

    /// <summary>Temporary circuits on city streets (Chicago, San Diego).</summary>
    StreetCourse,

    Dirt,
}
