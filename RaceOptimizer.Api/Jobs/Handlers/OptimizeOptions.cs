using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using RaceOptimizer.Api.Jobs.Options;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>A driver's exposure limits as the request gives them: the site's player id and shares from 0 to 1.</summary>
public sealed record ExposureOption
{
    [RequiredOption("is required: the site's player id")]
    public string? Driver { get; init; }

    [Fraction]
    public double Min { get; init; }

    [Fraction]
    public double Max { get; init; } = 1;
}

/// <summary>One tier of a payout table: places <see cref="From"/> to <see cref="To"/> win <see cref="Prize"/> each.</summary>
public sealed record PayoutTierOption
{
    [RequiredOption("is required")]
    [WholeNumber(1, PayoutStructure.MaxEntries)]
    public int? From { get; init; }

    [RequiredOption("is required")]
    [WholeNumber(1, PayoutStructure.MaxEntries)]
    public int? To { get; init; }

    [RequiredOption("is required")]
    [Number(0, 100_000_000)]
    public double? Prize { get; init; }
}

/// <summary>The contest of an optimize job: a preset or a payout table (tiers or CSV text), its entries and fee, the sampled field's size.</summary>
public sealed record ContestOption : IValidatableObject
{
    public const int DefaultEntries = 10_000;
    public const double DefaultEntryFee = 5;

    [OneOf("top-heavy", "double-up", "fifty-fifty")]
    public string? Preset { get; init; }

    [WholeNumber(2, PayoutStructure.MaxEntries)]
    public int Entries { get; init; } = DefaultEntries;

    [Number(0.01, 100_000)]
    public double EntryFee { get; init; } = DefaultEntryFee;

    /// <summary>Null: the entries less one, at most <see cref="ContestSettings.DefaultFieldSize"/>.</summary>
    [WholeNumber(10, 10_000)]
    public int? FieldSize { get; init; }

    [OptionObjects]
    public IReadOnlyList<PayoutTierOption> Payouts { get; init; } = [];

    /// <summary>A payout table as CSV text (columns from, to, prize), added to <see cref="Payouts"/>.</summary>
    [Text]
    public string? PayoutsCsv { get; init; }

    /// <summary>The table the contest pays by: the tiers given, then the CSV's; empty for a preset.</summary>
    public IReadOnlyList<PayoutTier> Tiers() =>
        [.. Payouts.Where(Complete).Select(t => new PayoutTier(t.From!.Value, t.To!.Value, t.Prize!.Value)), .. ReadCsv().Tiers];

    public ContestSettings ToSettings()
    {
        var fieldSize = FieldSize ?? Math.Min(Entries - 1, ContestSettings.DefaultFieldSize);
        var tiers = Tiers();
        var preset = Preset switch
        {
            "double-up" => ContestPreset.DoubleUp,
            "fifty-fifty" => ContestPreset.FiftyFifty,
            _ => ContestPreset.TopHeavy,
        };
        return tiers.Count > 0
            ? new ContestSettings(new PayoutStructure(Entries, EntryFee, tiers), fieldSize)
            : new ContestSettings(PayoutStructure.Preset(preset, Entries, EntryFee), fieldSize);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var (_, problem) = ReadCsv();
        if (problem is not null)
        {
            yield return new ValidationResult(problem, ["payoutsCsv"]);
        }

        var tiers = Tiers();
        if (tiers.Count > 0 && PayoutStructure.Problem(Entries, EntryFee, tiers) is { } structure)
        {
            yield return new ValidationResult(structure, ["payouts"]);
        }
    }

    private static bool Complete(PayoutTierOption tier) =>
        tier is { From: >= 1 and <= PayoutStructure.MaxEntries, To: >= 1 and <= PayoutStructure.MaxEntries, Prize: >= 0 and <= 100_000_000 };

    /// <summary>The CSV's tiers, or its problems named by line and column.</summary>
    private (IReadOnlyList<PayoutTier> Tiers, string? Problem) ReadCsv()
    {
        if (string.IsNullOrWhiteSpace(PayoutsCsv))
        {
            return ([], null);
        }

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(PayoutsCsv.Trim()));
        var read = PayoutFile.Read(stream, "payoutsCsv");
        return read.Succeeded
            ? (read.Value, null)
            : ([], string.Join(" ", read.Problems.Select(p => p.Column is { } c ? $"line {p.Line}, column {c}: {p.Message}." : $"line {p.Line}: {p.Message}.")));
    }
}

/// <summary>
/// The options of an `optimize` job (see docs/architecture.md for every field). Drivers are named by the site's player
/// id. Objectives other than `mean` need simulations: `simulations` run with the job, or `simulationJobId` reuses the
/// points a finished `simulate` job kept for the same slate. Checked against the slate by <see cref="OptimizePlan"/>.
/// </summary>
public sealed record OptimizeOptions : ISlateJobOptions, IValidatableObject
{
    public const int DefaultLineups = 150;
    public const int MaxLineups = 500;
    public const int MaxSimulations = SimulationFiles.MaxKeptSimulations;

    [OneOf("Mean", "Percentile", "Tail", "Cvar", "Roi")]
    public string? Objective { get; init; }

    [Number(1, 99)]
    public double Percentile { get; init; } = 90;

    [Number(0.001, 1)]
    public double Alpha { get; init; } = 0.1;

    [Number(0, 10_000)]
    public double? Target { get; init; }

    [OneOf("dk", "fd", "DraftKings", "FanDuel")]
    public string? Site { get; init; }

    [WholeNumber(1, MaxLineups)]
    public int Lineups { get; init; } = DefaultLineups;

    /// <summary>Races to simulate with the job; null: none for `mean` or with a <see cref="SimulationJobId"/>, else the simulate default.</summary>
    [JsonPropertyName("simulations")]
    [WholeNumber(0, MaxSimulations)]
    public int? SimulationsGiven { get; init; }

    [Text]
    public string? SimulationJobId { get; init; }

    [Seed]
    public ulong? Seed { get; init; }

    [WholeNumber(1, SimulateOptions.MaxLaps)]
    public int? Laps { get; init; }

    [Fraction]
    public double HistoryWeight { get; init; } = SimulateOptions.DefaultHistoryWeight;

    [WholeNumber(1, 6)]
    public int MinUniqueDrivers { get; init; } = 1;

    [PlayerIds]
    public IReadOnlyList<string> Locks { get; init; } = [];

    [PlayerIds]
    public IReadOnlyList<string> Excludes { get; init; } = [];

    [OptionObjects]
    public IReadOnlyList<ExposureOption> Exposures { get; init; } = [];

    [WholeNumber(0, 100_000)]
    public int? SalaryMin { get; init; }

    [WholeNumber(0, 100_000)]
    public int? SalaryMax { get; init; }

    [Number(0, 600)]
    public double? MaxOwnership { get; init; }

    [WholeNumber(1, MaxLineups)]
    public int? MaxPairLineups { get; init; }

    [OptionObject]
    public ContestOption? Contest { get; init; }

    [WholeNumber(100, 100_000)]
    public int CandidatePool { get; init; } = OptimizeRequest.DefaultCandidatePool;

    [JsonIgnore]
    public ObjectiveKind Kind => Enum.TryParse<ObjectiveKind>(Objective, ignoreCase: true, out var kind) ? kind : ObjectiveKind.Mean;

    [JsonIgnore]
    public Objective ObjectiveOf => new(Kind, Percentile, Alpha, Target);

    /// <summary>The simulation job whose kept points are reused; blank is none.</summary>
    [JsonIgnore]
    public string? PointsJobId => string.IsNullOrWhiteSpace(SimulationJobId) ? null : SimulationJobId.Trim();

    /// <summary>Races the job simulates itself (0: none).</summary>
    [JsonIgnore]
    public int Simulations => SimulationsGiven ?? (Kind == ObjectiveKind.Mean || PointsJobId is not null ? 0 : SimulateOptions.DefaultSimulations);

    /// <summary>How the job's own races are simulated.</summary>
    [JsonIgnore]
    public SimulateOptions Simulation => new() { Simulations = Math.Max(1, Simulations), Seed = Seed, Laps = Laps, HistoryWeight = HistoryWeight };

    [JsonIgnore]
    public bool UsesSimulations => Simulations > 0 || PointsJobId is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ObjectiveOf.NeedsSimulations && Simulations == 0 && PointsJobId is null)
        {
            yield return new ValidationResult(
                $"the {Kind.ToString().ToLowerInvariant()} objective needs simulations: give a number above 0 or a simulationJobId", ["simulations"]);
        }
    }

    public IDictionary<string, string[]> ValidateForSlate(Slate slate) => OptimizePlan.Bind(this, slate).Errors;
}
