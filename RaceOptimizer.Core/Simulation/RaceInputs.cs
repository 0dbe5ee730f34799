using RaceOptimizer.Core.Random;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// A race setup compiled for the lap loop: the track type's parameters with the series' factors applied, and per-driver
/// values in plain arrays indexed by driver (the setup's order). Read-only, shared by every thread.
/// </summary>
internal sealed class RaceInputs
{
    /// <summary>Overtime restarts tried before a race may end under caution.</summary>
    public const int OvertimeAttempts = 3;

    public RaceInputs(RaceSetup setup, RaceModel model)
    {
        var (track, series) = (model.For(setup.TrackType), model.For(setup.Series));
        Model = track with
        {
            StrengthPace = track.StrengthPace * series.StrengthPaceFactor,
            CautionRate = track.CautionRate * series.CautionFactor,
            IncidentRate = track.IncidentRate * series.IncidentFactor,
            WreckRate = track.WreckRate * series.WreckFactor,
            MechanicalRate = track.MechanicalRate * series.MechanicalFactor,
            CautionStayOut = track.CautionStayOut * series.StayOutFactor,
        };
        Drivers = setup.Drivers.Count;
        ScheduledLaps = setup.Laps;
        MaxLaps = setup.Laps + (OvertimeAttempts * (Model.CautionLapsMax + 2));
        StageOneLap = (int)Math.Round(setup.Laps * Model.StageOne);
        StageTwoLap = (int)Math.Round(setup.Laps * Model.StageTwo);
        Strength = [.. setup.Drivers.Select(d => d.Strength)];
        BasePace = [.. Strength.Select(s => Model.LapSeconds - (s * Model.StrengthPace))];
        Starts = setup.DrawsStarts ? null : [.. setup.Drivers.Select(d => d.Start!.Value)];
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

    public ScoringTable DraftKings => ScoringTable.DraftKings;

    public ScoringTable FanDuel => ScoringTable.FanDuel;
}
