using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>A driver in a simulated race.</summary>
/// <param name="Strength">In the units of <see cref="History.StrengthParameters"/>: 0 is mid-field, +1 one standard deviation better.</param>
/// <param name="Start">Qualified position; null when the grid is not known yet.</param>
public sealed record RaceEntrant(string Name, double Strength, int? Start = null)
{
    /// <summary>Sent to the rear before the green flag: lines up behind every other car, place differential from <see cref="Start"/>.</summary>
    public bool StartsAtRear { get; init; }
}

/// <summary>
/// What a race simulation needs: the field, the track type and the scheduled length. Either every driver has a start
/// (positions 1 to N, each once) or none has, and each simulation then draws the grid from the strengths.
/// </summary>
public sealed record RaceSetup
{
    public RaceSetup(Series series, TrackType trackType, int laps, IReadOnlyList<RaceEntrant> drivers)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentOutOfRangeException.ThrowIfLessThan(laps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(drivers.Count, 2);
        var starts = drivers.Where(d => d.Start is not null).Select(d => d.Start!.Value).ToList();
        if (starts.Count != 0 && (starts.Count != drivers.Count || !starts.Order().SequenceEqual(Enumerable.Range(1, drivers.Count))))
        {
            throw new ArgumentException("Give every driver a start, positions 1 to N each once, or give none to draw the grid.", nameof(drivers));
        }

        if (drivers.Any(d => !double.IsFinite(d.Strength)))
        {
            throw new ArgumentException("Every strength must be a finite number.", nameof(drivers));
        }

        (Series, TrackType, Laps, Drivers) = (series, trackType, laps, drivers);
    }

    public Series Series { get; }

    public TrackType TrackType { get; }

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
