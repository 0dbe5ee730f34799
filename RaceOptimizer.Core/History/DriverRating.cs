using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.History;

/// <summary>A driver's strength at one track type, his tendencies at every type, and how much history they rest on.</summary>
/// <param name="Races">Races of the series he has run before the rating date, every track type.</param>
/// <param name="TrackTypeRaces">Of those, races at the rated track type.</param>
public sealed record DriverRating(string Driver, double Strength, int Races, int TrackTypeRaces)
{
    /// <summary>His accident outs against an average car's in the same races, shrunk toward 1 (the field).</summary>
    public double IncidentFactor { get; init; } = 1;

    /// <summary>His failures against an average car's, shrunk toward 1.</summary>
    public double MechanicalFactor { get; init; } = 1;

    /// <summary>Strength units of laps led beyond what his pace predicts, shrunk toward 0.</summary>
    public double LeadAbility { get; init; }

    /// <summary>The entrant with this rating's tendencies (its strength and start are the caller's: they may be blended).</summary>
    public RaceEntrant ApplyTo(RaceEntrant entrant)
    {
        ArgumentNullException.ThrowIfNull(entrant);
        return entrant with { IncidentFactor = IncidentFactor, MechanicalFactor = MechanicalFactor, LeadAbility = LeadAbility };
    }
}
