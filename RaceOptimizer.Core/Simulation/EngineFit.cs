using System.Text.Json;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// How much the hand-set strength-to-pace mapping of each track type is scaled so that forecasts fit real finishing
/// orders: the hand values were set to match race shapes, not forecasts. Written by `RaceOptimizer.Calibration --
/// fit-engine` (<see cref="Backtest.EngineFitter"/>) into the embedded resource engine-fit.json, which
/// <see cref="Fitted"/> reads; a type the file does not list keeps its hand values.
/// </summary>
/// <param name="Source">The history file and the races the fit used, for whoever reads the file.</param>
public sealed record EngineFit(string Source, IReadOnlyList<StrengthScale> Types)
{
    private const string ResourceName = "RaceOptimizer.Core.Simulation.engine-fit.json";

    /// <summary>No fit: every type runs its hand-set values.</summary>
    public static EngineFit None { get; } = new("none", []);

    /// <summary>The committed fit (engine-fit.json).</summary>
    public static EngineFit Fitted { get; } = Load();

    public StrengthScale ScaleOf(TrackType trackType) => Types.FirstOrDefault(t => t.TrackType == trackType) ?? new StrengthScale(trackType, 1, 1);

    private static EngineFit Load()
    {
        using var stream = typeof(EngineFit).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<EngineFit>(stream, Tracks.TrackFits.JsonOptions) ?? throw new InvalidDataException($"{ResourceName} is empty.");
    }
}

/// <summary>One track type's factors on its hand-set <see cref="TrackTypeModel.StrengthPace"/> and <see cref="TrackTypeModel.GridStrength"/>.</summary>
/// <param name="Races">Races the fit scored at the type.</param>
public sealed record StrengthScale(TrackType TrackType, double StrengthPace, double GridStrength, int Races = 0);
