using System.Text.Json;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>A driver's exposure limits as the request gives them: the site's player id and shares from 0 to 1.</summary>
public sealed record ExposureOption(string Driver, double Min, double Max);

/// <summary>The contest of an optimize job: a preset or a payout table, its entries and fee, the sampled field's size.</summary>
public sealed record ContestOption(ContestPreset? Preset, int Entries, double EntryFee, int FieldSize, IReadOnlyList<PayoutTier>? Payouts);

/// <summary>
/// The options of an `optimize` job (see docs/architecture.md for every field). Drivers are named by the site's player
/// id. Objectives other than `mean` need simulations: `simulations` run with the job, or `simulationJobId` reuses the
/// points a finished `simulate` job kept for the same slate.
/// </summary>
public sealed record OptimizeOptions(
    Objective Objective,
    string? Site,
    int Lineups,
    int Simulations,
    string? SimulationJobId,
    SimulateOptions Simulation,
    int MinUniqueDrivers,
    IReadOnlyList<string> Locks,
    IReadOnlyList<string> Excludes,
    IReadOnlyList<ExposureOption> Exposures,
    int? SalaryMin,
    int? SalaryMax,
    double? MaxOwnership,
    int? MaxPairLineups,
    ContestOption? Contest,
    int CandidatePool)
{
    public const int DefaultLineups = 150;
    public const int MaxSimulations = SimulationFiles.MaxKeptSimulations;

    public bool UsesSimulations => Simulations > 0 || SimulationJobId is not null;

    public static (OptimizeOptions? Options, Dictionary<string, string[]> Errors) Read(JsonElement? json)
    {
        var errors = new Dictionary<string, string[]>();
        if (json is not { ValueKind: JsonValueKind.Object } options)
        {
            return (null, new() { ["optimize"] = ["must be an object"] });
        }

        var fields = new OptionFields(options, JobTypes.Optimize, errors);
        var kind = fields.Choice("objective", Enum.GetNames<ObjectiveKind>()) is { } name ? Enum.Parse<ObjectiveKind>(name, ignoreCase: true) : ObjectiveKind.Mean;
        var objective = new Objective(kind, fields.Number("percentile", 1, 99) ?? 90, fields.Number("alpha", 0.001, 1) ?? 0.1, fields.Number("target", 0, 10_000));
        var simulationJobId = fields.Text("simulationJobId");
        var simulations = fields.WholeNumber("simulations", 0, MaxSimulations) ?? (kind == ObjectiveKind.Mean || simulationJobId is not null ? 0 : SimulateOptions.DefaultSimulations);
        if (objective.NeedsSimulations && simulations == 0 && simulationJobId is null)
        {
            fields.Problem("simulations", $"the {kind.ToString().ToLowerInvariant()} objective needs simulations: give a number above 0 or a simulationJobId");
        }

        var read = new OptimizeOptions(
            objective,
            fields.Choice("site", "dk", "fd", "DraftKings", "FanDuel"),
            fields.WholeNumber("lineups", 1, 500) ?? DefaultLineups,
            simulations,
            simulationJobId,
            new SimulateOptions(Math.Max(1, simulations), fields.Seed(), fields.WholeNumber("laps", 1, 2_000), fields.Fraction("historyWeight") ?? SimulateOptions.DefaultHistoryWeight),
            fields.WholeNumber("minUniqueDrivers", 1, 6) ?? 1,
            fields.Texts("locks"),
            fields.Texts("excludes"),
            fields.Objects("exposures", Exposure),
            fields.WholeNumber("salaryMin", 0, 100_000),
            fields.WholeNumber("salaryMax", 0, 100_000),
            fields.Number("maxOwnership", 0, 600),
            fields.WholeNumber("maxPairLineups", 1, 500),
            fields.Object("contest") is { } contest ? ReadContest(contest) : null,
            fields.WholeNumber("candidatePool", 100, 100_000) ?? OptimizeRequest.DefaultCandidatePool);
        return errors.Count == 0 ? (read, errors) : (null, errors);
    }

    private static ExposureOption? Exposure(OptionFields fields)
    {
        var driver = fields.Text("driver");
        if (driver is null)
        {
            fields.Problem("driver", "is required: the site's player id");
        }

        var (min, max) = (fields.Fraction("min") ?? 0, fields.Fraction("max") ?? 1);
        return driver is null ? null : new ExposureOption(driver, min, max);
    }

    private static PayoutTier? Tier(OptionFields tier)
    {
        var (from, to, prize) = (tier.WholeNumber("from", 1, PayoutStructure.MaxEntries), tier.WholeNumber("to", 1, PayoutStructure.MaxEntries), tier.Number("prize", 0, 100_000_000));
        foreach (var (name, value) in new[] { ("from", (double?)from), ("to", to), ("prize", prize) }.Where(f => f.Item2 is null))
        {
            tier.Problem(name, "is required");
        }

        return from is { } f && to is { } t && prize is { } p ? new PayoutTier(f, t, p) : null;
    }

    /// <summary>A payout table given as CSV text (columns from, to, prize), each problem named by line and column.</summary>
    private static IReadOnlyList<PayoutTier> PayoutsFromCsv(string csv, OptionFields fields)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var read = PayoutFile.Read(stream, "payoutsCsv");
        if (!read.Succeeded)
        {
            fields.Problem("payoutsCsv", string.Join(" ", read.Problems.Select(p => p.Column is { } c ? $"line {p.Line}, column {c}: {p.Message}." : $"line {p.Line}: {p.Message}.")));
            return [];
        }

        return read.Value;
    }

    private static ContestOption? ReadContest(OptionFields fields)
    {
        var preset = fields.Choice("preset", "top-heavy", "double-up", "fifty-fifty") switch
        {
            "top-heavy" => ContestPreset.TopHeavy,
            "double-up" => ContestPreset.DoubleUp,
            "fifty-fifty" => ContestPreset.FiftyFifty,
            _ => (ContestPreset?)null,
        };
        var entries = fields.WholeNumber("entries", 2, PayoutStructure.MaxEntries) ?? 10_000;
        var fee = fields.Number("entryFee", 0.01, 100_000) ?? 5;
        var fieldSize = fields.WholeNumber("fieldSize", 10, 10_000) ?? Math.Min(entries - 1, ContestSettings.DefaultFieldSize);
        var payouts = fields.Objects("payouts", Tier);
        if (fields.Text("payoutsCsv") is { } csv)
        {
            payouts = [.. payouts, .. PayoutsFromCsv(csv, fields)];
        }

        if (payouts.Length > 0 && PayoutStructure.Problem(entries, fee, payouts) is { } problem)
        {
            fields.Problem("payouts", problem);
        }

        if (payouts.Length == 0 && preset is null)
        {
            preset = ContestPreset.TopHeavy;
        }

        return new ContestOption(payouts.Length > 0 ? null : preset, entries, fee, fieldSize, payouts.Length > 0 ? payouts : null);
    }
}
