using System.Globalization;
using System.Text.Json;
using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// Reads the options of a `backtest` job: `{"series":"Cup","from":"2022-01-01","to":"2023-12-31","simulations":2000}`
/// (`seed` optional), or says what is wrong with each field (keys like `backtest.from`).
/// </summary>
internal static class BacktestOptionsReader
{
    public const int MaxSimulations = 100_000;
    public const int DefaultSimulations = 2_000;

    public static (BacktestOptions? Options, Dictionary<string, string[]> Errors) Read(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } options)
        {
            return (null, new() { ["backtest"] = ["must be an object with series, from, to and simulations"] });
        }

        var errors = new Dictionary<string, string[]>();
        Series series = default;
        if (!options.TryGetProperty("series", out var seriesValue) || seriesValue.ValueKind != JsonValueKind.String || !SeriesNames.TryParse(seriesValue.GetString(), out series))
        {
            errors["backtest.series"] = ["must be Cup, OReilly or Trucks"];
        }

        var from = ReadDate(options, "from", errors);
        var to = ReadDate(options, "to", errors);
        if (from > to)
        {
            errors["backtest.to"] = ["must not be before 'from'"];
        }

        var fields = new OptionFields(options, JobTypes.Backtest, errors);
        var simulations = fields.WholeNumber("simulations", 1, MaxSimulations) ?? DefaultSimulations;
        var seed = fields.Seed() ?? 1;

        return errors.Count == 0 ? (new BacktestOptions(series, from!.Value, to!.Value, simulations, seed), errors) : (null, errors);
    }

    private static DateOnly? ReadDate(JsonElement options, string name, Dictionary<string, string[]> errors)
    {
        if (options.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[$"backtest.{name}"] = ["must be a date, yyyy-MM-dd"];
        return null;
    }
}
