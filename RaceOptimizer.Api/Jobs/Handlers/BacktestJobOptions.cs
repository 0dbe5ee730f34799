using System.ComponentModel.DataAnnotations;
using RaceOptimizer.Api.Jobs.Options;
using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// The options of a `backtest` job: `{"series":"Cup","from":"2022-01-01","to":"2023-12-31","simulations":2000}`
/// (`seed` optional; `undated: true` forecasts each race as a user's undated slate with its grid, through the slate path).
/// </summary>
public sealed record BacktestJobOptions : IJobOptions, IValidatableObject
{
    public const int MaxSimulations = 100_000;
    public const int DefaultSimulations = 2_000;
    private const string SeriesExpected = "must be Cup, OReilly or Trucks";

    [RequiredOption(SeriesExpected)]
    public string? Series { get; init; }

    [RequiredOption("must be a date, yyyy-MM-dd")]
    public DateOnly? From { get; init; }

    [RequiredOption("must be a date, yyyy-MM-dd")]
    public DateOnly? To { get; init; }

    [WholeNumber(1, MaxSimulations)]
    public int Simulations { get; init; } = DefaultSimulations;

    [Seed]
    public ulong Seed { get; init; } = 1;

    /// <summary>Each race as a user sets up his slate before it: undated, the grid given (<see cref="UserSlateForecast"/>).</summary>
    [Flag]
    public bool Undated { get; init; }

    /// <summary>Core's options, once these are valid.</summary>
    public BacktestOptions ToBacktest()
    {
        SeriesNames.TryParse(Series, out var series);
        return new BacktestOptions(series, From!.Value, To!.Value, Simulations, Seed) { Undated = Undated };
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Series is not null && !SeriesNames.TryParse(Series, out _))
        {
            yield return new ValidationResult(SeriesExpected, ["series"]);
        }

        if (From > To)
        {
            yield return new ValidationResult("must not be before 'from'", ["to"]);
        }
    }
}
