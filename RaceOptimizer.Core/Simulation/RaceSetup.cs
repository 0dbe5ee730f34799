using System.Text.Json.Serialization;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>A driver in a simulated race.</summary>
/// <param name="Strength">In the units of <see cref="History.StrengthParameters"/>: 0 is mid-field, +1 one standard deviation better.</param>
/// <param name="Start">Qualified position; null when the grid is not known yet.</param>
public sealed record RaceEntrant(string Name, double Strength, int? Start = null)
{
    /// <summary>Multiplies the track's single-car incident rate for this car: above 1 for a driver who crashes more than the field.</summary>
    public double IncidentFactor { get; init; } = 1;

    /// <summary>Multiplies the track's mechanical failure rate for this car (his team's equipment as much as him).</summary>
    public double MechanicalFactor { get; init; } = 1;

    /// <summary>
    /// Strength units of extra pace while leading, in clean air: how much more than his pace says a driver leads
    /// (<see cref="History.DriverRating.LeadAbility"/>); 0 for none.
    /// </summary>
    public double LeadAbility { get; init; }

    /// <summary>
    /// Lines up behind every car that does not (an engine or car change, a missed inspection), yet his place
    /// differential is scored from his qualified <see cref="Start"/>: the rear is a penalty, not where he qualified.
    /// </summary>
    public bool StartsAtRear { get; init; }
}

/// <summary>
/// What a race simulation needs: the field, the track (its type, and its name where known) and the scheduled length. Either every driver has a start
/// (positions 1 to N, each once) or none has, and each simulation then draws the grid from the strengths.
/// </summary>
public sealed record RaceSetup
{
    /// <param name="track">
    /// The track's name or alias in <see cref="Tracks.TrackCatalog"/>: the race then runs with that track's length and fitted
    /// rates. Null (or a name the catalog does not know) runs the track type's values at the type's usual lap length.
    /// </param>
    [JsonConstructor]
    public RaceSetup(Series series, TrackType trackType, int laps, IReadOnlyList<RaceEntrant> drivers, string? track = null)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentOutOfRangeException.ThrowIfLessThan(laps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(drivers.Count, 2);
        var starts = drivers.Where(d => d.Start is not null).Select(d => d.Start!.Value).ToList();
        if (starts.Count != 0 && (starts.Count != drivers.Count || !starts.Order().SequenceEqual(Enumerable.Range(1, drivers.Count))))
        {
            throw new ArgumentException("Give every driver a start, positions 1 to N each once, or give none to draw the grid.", nameof(drivers));
        }

        if (drivers.Any(d => !double.IsFinite(d.Strength) || !double.IsFinite(d.LeadAbility)))
        {
            throw new ArgumentException("Every strength and lead ability must be a finite number.", nameof(drivers));
        }

        if (drivers.Any(d => !(d.IncidentFactor >= 0 && d.MechanicalFactor >= 0 && double.IsFinite(d.IncidentFactor + d.MechanicalFactor))))
        {
            throw new ArgumentException("Every incident and mechanical factor must be a finite number, 0 or more.", nameof(drivers));
        }

        (Series, TrackType, Laps, Drivers, Track) = (series, trackType, laps, drivers, track);
    }

    public Series Series { get; }

    public TrackType TrackType { get; }

    /// <summary>The track's name as the caller gave it, or null when only the type is known.</summary>
    public string? Track { get; }

    /// <summary>Scheduled laps; overtime can add some.</summary>
    public int Laps { get; }

    public IReadOnlyList<RaceEntrant> Drivers { get; private init; }

    /// <summary>The same race with the drivers' strengths replaced, in the drivers' order; everything else is kept.</summary>
    public RaceSetup WithStrengths(IReadOnlyList<double> strengths)
    {
        ArgumentNullException.ThrowIfNull(strengths);
        ArgumentOutOfRangeException.ThrowIfNotEqual(strengths.Count, Drivers.Count);
        if (strengths.Any(s => !double.IsFinite(s)))
        {
            throw new ArgumentException("Every strength must be a finite number.", nameof(strengths));
        }

        return this with { Drivers = [.. Drivers.Select((driver, i) => driver with { Strength = strengths[i] })] };
    }

    /// <summary>True when no grid was given and each simulation draws one.</summary>
    public bool DrawsStarts => Drivers[0].Start is null;
}
