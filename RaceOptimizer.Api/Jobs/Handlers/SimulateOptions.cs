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

        var fields = new OptionFields(options, JobTypes.Simulate, errors);
        var simulations = fields.WholeNumber("simulations", 1, MaxSimulations) ?? DefaultSimulations;
        var laps = fields.WholeNumber("laps", 1, 2_000);
        var seed = fields.Seed();
        var historyWeight = fields.Fraction("historyWeight") ?? DefaultHistoryWeight;

        return errors.Count == 0 ? (new SimulateOptions(simulations, seed, laps, historyWeight), errors) : (null, errors);
    }
}
