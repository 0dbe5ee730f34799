using System.Text.Json;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tracks;

/// <summary>
/// What the loop data says about each track beyond its type: how often cars crash out and break down there per mile,
/// against the type as a whole. Written by `RaceOptimizer.Calibration -- fit-tracks` (<see cref="TrackFitter"/>) into the
/// embedded resource track-fits.json, which <see cref="Fitted"/> reads; docs/decisions.md says why a committed file.
/// </summary>
/// <param name="Source">The history file and the races the fit used, for whoever reads the file.</param>
/// <param name="Before">Only races dated strictly before this counted; null for every race in the file.</param>
public sealed record TrackFits(
    string Source,
    DateOnly? Before,
    IReadOnlyList<TrackTypeFit> Types,
    IReadOnlyList<TrackFit> Tracks)
{
    private const string ResourceName = "RaceOptimizer.Core.Tracks.track-fits.json";

    // Before the instances below: static initializers run in order, and Fitted reads with these options.
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>No fit: every track runs its type's values as they are.</summary>
    public static TrackFits None { get; } = new("none", null, [], []);

    /// <summary>The committed fit (track-fits.json).</summary>
    public static TrackFits Fitted { get; } = Load();

    /// <summary>
    /// How a race at <paramref name="track"/> scales its type's per-lap chances: the lap's length against the type's
    /// usual lap (so rates per mile become rates per lap), and the track's accident and failure rates per mile against
    /// its type's. All 1 for a track the catalog or the fit does not know.
    /// </summary>
    public TrackScale ScaleOf(string? track, TrackType trackType)
    {
        var known = track is null ? null : TrackCatalog.Find(track);
        var type = Types.FirstOrDefault(t => t.TrackType == trackType);
        if (known is null || type is null)
        {
            return TrackScale.Neutral;
        }

        var fit = Tracks.FirstOrDefault(t => t.Track == known.Name && t.TrackType == trackType);
        return new TrackScale(known.Miles / type.LapMiles, fit?.AccidentFactor ?? 1, fit?.MechanicalFactor ?? 1);
    }

    private static TrackFits Load()
    {
        using var stream = typeof(TrackFits).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<TrackFits>(stream, JsonOptions) ?? throw new InvalidDataException($"{ResourceName} is empty.");
    }
}

/// <summary>A track type as the fit saw it.</summary>
/// <param name="LapMiles">
/// Miles per lap over the type's races, weighted by laps: the lap the type's per-lap parameters were calibrated on, so
/// a track with a longer lap gets proportionally more chances per lap.
/// </param>
/// <param name="AccidentShare">Share of starters out by accident, over the type's races (all series).</param>
/// <param name="MechanicalShare">Share of starters out by failure.</param>
/// <param name="AccidentPriorOuts">
/// The fitted prior strength of its tracks' accident factors, in expected outs: a track's own rate weighs as much as
/// its type's once its races (at the type's rate) would have lost this many cars; with fewer, it keeps mostly the
/// type's. It is the type's dispersion (how unevenly wrecks take cars) over the variance between tracks.
/// </param>
/// <param name="MechanicalPriorOuts">The same for mechanical failures.</param>
public sealed record TrackTypeFit(TrackType TrackType, int Races, double LapMiles, double AccidentShare, double MechanicalShare, double AccidentPriorOuts, double MechanicalPriorOuts);

/// <summary>One track (as one type: Atlanta before and after its 2022 reconfiguration is two) as the fit saw it.</summary>
/// <param name="AccidentFactor">
/// The track's accident outs per car-mile against its type's in the same series, shrunk toward 1 by the fitted prior
/// strength (<see cref="TrackTypeFit.AccidentPriorOuts"/>).
/// </param>
/// <param name="MechanicalFactor">The same for mechanical failures.</param>
/// <param name="AccidentShare">Share of starters out by accident in the track's own races (before shrinkage), for reference.</param>
/// <param name="MechanicalShare">Share of starters out by failure in its own races.</param>
public sealed record TrackFit(string Track, TrackType TrackType, int Races, double AccidentFactor, double MechanicalFactor, double AccidentShare, double MechanicalShare);

/// <summary>How one race's track scales its type's per-lap chances (<see cref="TrackFits.ScaleOf"/>).</summary>
/// <param name="Length">The track's lap in miles over its type's usual lap.</param>
/// <param name="Accident">Accident outs per mile against the type's.</param>
/// <param name="Mechanical">Failures per mile against the type's.</param>
public readonly record struct TrackScale(double Length, double Accident, double Mechanical)
{
    public static TrackScale Neutral { get; } = new(1, 1, 1);
}
