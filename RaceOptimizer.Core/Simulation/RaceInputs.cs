using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// A race setup compiled for the lap loop: the track's parameters per lap (<see cref="RaceModel.Compile"/>), and
/// per-driver values in plain arrays indexed by driver (the setup's order). Read-only, shared by every thread.
/// </summary>
internal sealed class RaceInputs
{
    /// <summary>Overtime restarts tried before a race may end under caution.</summary>
    public const int OvertimeAttempts = 3;

    public RaceInputs(RaceSetup setup, RaceModel model)
    {
        Model = model.Compile(setup.Series, setup.TrackType, setup.Track);
        Drivers = setup.Drivers.Count;
        ScheduledLaps = setup.Laps;
        MaxLaps = setup.Laps + (OvertimeAttempts * (Model.CautionLapsMax + 2));
        StageOneLap = (int)Math.Round(setup.Laps * Model.StageOne);
        StageTwoLap = (int)Math.Round(setup.Laps * Model.StageTwo);
        Strength = [.. setup.Drivers.Select(d => d.Strength)];
        BasePace = [.. Strength.Select(s => Model.LapSeconds - (s * Model.StrengthPace))];
        Starts = setup.DrawsStarts ? null : [.. setup.Drivers.Select(d => d.Start!.Value)];
        StartsAtRear = [.. setup.Drivers.Select(d => d.StartsAtRear)];
        LeadPace = [.. setup.Drivers.Select(d => d.LeadAbility * Model.StrengthPace)];
        IncidentBelow = [.. setup.Drivers.Select(d => Threshold(Model.IncidentRate * d.IncidentFactor))];
        FailureBelow = [.. setup.Drivers.Select(d => Threshold((Model.IncidentRate * d.IncidentFactor) + (Model.MechanicalRate * d.MechanicalFactor)))];
        GridPace = [.. Enumerable.Range(1, Drivers).Select(start => Model.GridStrength * Model.StrengthPace * NormalDistribution.Quantile((Drivers - start + 0.5) / Drivers))];
    }

    public TrackTypeModel Model { get; }

    public int Drivers { get; }

    public int ScheduledLaps { get; }

    /// <summary>The most laps a race can run: every overtime attempt used, each after a longest caution.</summary>
    public int MaxLaps { get; }

    /// <summary>Laps that end stages one and two; 0 when the model has no such stage.</summary>
    public int StageOneLap { get; }

    public int StageTwoLap { get; }

    public double[] Strength { get; }

    /// <summary>Each car's green lap time before race form, tires, traffic and damage.</summary>
    public double[] BasePace { get; }

    /// <summary>Seconds a lap gained by starting at each position (index 0 is the pole), for what the grid reveals of the car's speed.</summary>
    public double[] GridPace { get; }

    /// <summary>Qualified positions (1-based), or null when each simulation draws them.</summary>
    public int[]? Starts { get; }

    public bool[] StartsAtRear { get; }

    /// <summary>Seconds a lap each car gains while it leads: its lead ability at the track's price of strength.</summary>
    public double[] LeadPace { get; }

    /// <summary>Each car's chance per green lap of a single-car incident, as a threshold on a 32-bit draw (<see cref="Threshold"/>).</summary>
    public uint[] IncidentBelow { get; }

    /// <summary>Each car's chance per green lap of an incident or a failure, as a threshold: failures sit above incidents.</summary>
    public uint[] FailureBelow { get; }

    public ScoringTable DraftKings => ScoringTable.DraftKings;

    public ScoringTable FanDuel => ScoringTable.FanDuel;

    /// <summary>
    /// The 32-bit integers below which a uniform draw falls with this chance: the lap loop compares integers, with no
    /// conversion in it and exactly alike on any device.
    /// </summary>
    public static uint Threshold(double chance) => (uint)Math.Min(uint.MaxValue, chance * 4294967296.0);
}
