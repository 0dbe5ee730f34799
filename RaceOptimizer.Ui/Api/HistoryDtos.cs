namespace RaceOptimizer.Ui.Api;

/// <summary>The series and track types the ratings are asked for.</summary>
public static class RaceCatalog
{
    public static readonly string[] Series = ["Cup", "OReilly", "Trucks"];

    public static readonly string[] TrackTypes = ["Superspeedway", "Intermediate", "ShortTrack", "Flat", "RoadCourse", "StreetCourse", "Dirt"];
}
