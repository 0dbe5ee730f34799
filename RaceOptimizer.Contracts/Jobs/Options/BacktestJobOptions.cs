using System.ComponentModel.DataAnnotations;

namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>
/// The options of a `backtest` job: `{"series":"Cup","from":"2022-01-01","to":"2023-12-31","simulations":2000}`
/// (`seed` optional; `undated: true` forecasts each race as a user's undated slate with its grid, through the slate path).
/// The API checks the series name against Core's.
/// </summary>
public sealed record BacktestJobOptions : IJobOptions, IValidatableObject
{
    public const int MaxSimulations = 100_000;
    public const int DefaultSimulations = 2_000;
    public const string SeriesExpected = "must be Cup, OReilly or Trucks";

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

    /// <summary>Each race as a user sets up his slate before it: undated, the grid given.</summary>
    [Flag]
    public bool Undated { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From > To)
        {
            yield return new ValidationResult("must not be before 'from'", ["to"]);
        }
    }
}
