using System.Text.Json;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// The options of a `simulate` job: `{"simulations":10000,"seed":42,"laps":267,"historyWeight":0.5}`; all but the
/// count are optional. `historyWeight` is the share of a driver's strength taken from history when the slate also has
/// projections (1: history alone, 0: projections alone).
/// </summary>
public sealed record SimulateOptions(int Simulations, ulong? Seed, int? Laps, double HistoryWeight = SimulateOptions.DefaultHistoryWeight)
{
    public const int MaxSimulations = 1_000_000;
    public const int DefaultSimulations = 10_000;
    public const double DefaultHistoryWeight = 0.5;

    /// <summary>Reads the options, or says what is wrong with each field (keys like `simulate.simulations`).</summary>
    public static (SimulateOptions? Options, Dictionary<string, string[]> Errors) Read(JsonElement? json)
    {
        var errors = new Dictionary<string, string[]>();
        if (json is not { ValueKind: JsonValueKind.Object } options)
        {
            return json is null or { ValueKind: JsonValueKind.Null }
                ? (new SimulateOptions(DefaultSimulations, null, null), errors)
                : (null, new() { ["simulate"] = ["must be an object"] });
        }

        var simulations = ReadInt(options, "simulations", 1, MaxSimulations, errors) ?? DefaultSimulations;
        var laps = ReadInt(options, "laps", 1, 2_000, errors);
        ulong? seed = null;
        if (options.TryGetProperty("seed", out var seedValue) && seedValue.ValueKind != JsonValueKind.Null)
        {
            if (seedValue.ValueKind == JsonValueKind.Number && seedValue.TryGetUInt64(out var parsed))
            {
                seed = parsed;
            }
            else
            {
                errors["simulate.seed"] = ["must be a whole number, 0 or more"];
            }
        }

        var historyWeight = DefaultHistoryWeight;
        if (options.TryGetProperty("historyWeight", out var weight) && weight.ValueKind != JsonValueKind.Null)
        {
            if (weight.ValueKind == JsonValueKind.Number && weight.GetDouble() is >= 0 and <= 1)
            {
                historyWeight = weight.GetDouble();
            }
            else
            {
                errors["simulate.historyWeight"] = ["must be a number from 0 to 1"];
            }
        }

        return errors.Count == 0 ? (new SimulateOptions(simulations, seed, laps, historyWeight), errors) : (null, errors);
    }

    private static int? ReadInt(JsonElement options, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (!options.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[$"simulate.{name}"] = [$"must be a whole number between {min:N0} and {max:N0}"];
        return null;
    }
}
