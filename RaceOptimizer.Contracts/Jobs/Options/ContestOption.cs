namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>
/// The contest of an optimize job: a preset or a payout table (tiers or CSV text), its entries and fee, the sampled
/// field's size. The API reads the table and checks it against Core's payout rules.
/// </summary>
public sealed record ContestOption
{
    public const int DefaultEntries = 10_000;
    public const double DefaultEntryFee = 5;
    public const double MaxPrize = 100_000_000;
    public const string TopHeavy = "top-heavy";
    public const string DoubleUp = "double-up";
    public const string FiftyFifty = "fifty-fifty";

    /// <summary>The payout shapes a preset names; <see cref="TopHeavy"/> when none is given.</summary>
    public static readonly IReadOnlyList<string> Presets = [TopHeavy, DoubleUp, FiftyFifty];

    [OneOf(TopHeavy, DoubleUp, FiftyFifty)]
    public string? Preset { get; init; }

    [WholeNumber(2, JobLimits.MaxPayoutEntries)]
    public int Entries { get; init; } = DefaultEntries;

    [Number(0.01, 100_000)]
    public double EntryFee { get; init; } = DefaultEntryFee;

    /// <summary>Null: the entries less one, at most the optimizer's default field size.</summary>
    [WholeNumber(10, 10_000)]
    public int? FieldSize { get; init; }

    [OptionObjects]
    public IReadOnlyList<PayoutTierOption> Payouts { get; init; } = [];

    /// <summary>A payout table as CSV text (columns from, to, prize), added to <see cref="Payouts"/>.</summary>
    [Text]
    public string? PayoutsCsv { get; init; }
}

/// <summary>One tier of a payout table: places <see cref="From"/> to <see cref="To"/> win <see cref="Prize"/> each.</summary>
public sealed record PayoutTierOption
{
    [RequiredOption("is required")]
    [WholeNumber(1, JobLimits.MaxPayoutEntries)]
    public int? From { get; init; }

    [RequiredOption("is required")]
    [WholeNumber(1, JobLimits.MaxPayoutEntries)]
    public int? To { get; init; }

    [RequiredOption("is required")]
    [Number(0, ContestOption.MaxPrize)]
    public double? Prize { get; init; }

    /// <summary>Whether every field is there and within its rule, so the tier can be paid by.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsComplete => this is { From: >= 1 and <= JobLimits.MaxPayoutEntries, To: >= 1 and <= JobLimits.MaxPayoutEntries, Prize: >= 0 and <= ContestOption.MaxPrize };
}
