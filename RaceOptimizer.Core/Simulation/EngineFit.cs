using System.Text.Json;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// How much the hand-set strength-to-pace mapping is scaled so that forecasts rank drivers' points as they came: the
/// hand values were set per track type to match race shapes, not forecasts. One pair of scales for every type: fitted
/// per type, a type's few races a season overfit them (2022 held out, fitted on 2020-2021: finish-band likelihood
/// -0.782 with the hand values, -0.800 with per-type scales). Written by `RaceOptimizer.Calibration -- fit-engine`
/// (<see cref="Backtest.EngineFitter"/>) into the embedded resource engine-fit.json, which <see cref="Fitted"/> reads; the
/// committed file holds factors of 1 (the fit is not adopted: docs/decisions.md).
/// </summary>
/// <param name="Source">The history file and the races the fit used, for whoever reads the file.</param>
/// <param name="StrengthPace">Factor on every type's <see cref="TrackTypeModel.StrengthPace"/>.</param>
/// <param name="GridStrength">Factor on every type's <see cref="TrackTypeModel.GridStrength"/>.</param>
/// <param name="Races">Races the fit scored.</param>
public sealed record EngineFit(string Source, double StrengthPace, double GridStrength, int Races)
{
    private const string ResourceName = "RaceOptimizer.Core.Simulation.engine-fit.json";

    /// <summary>No fit: every type runs its hand-set values.</summary>
    public static EngineFit None { get; } = new("none", 1, 1, 0);

    /// <summary>The committed fit (engine-fit.json).</summary>
    public static EngineFit Fitted { get; } = Load();

    private static EngineFit Load()
    {
        using var stream = typeof(EngineFit).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<EngineFit>(stream, Tracks.TrackFits.JsonOptions) ?? throw new InvalidDataException($"{ResourceName} is empty.");
    }
}
