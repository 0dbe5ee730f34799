using System.Globalization;
using System.Text.Json;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Contracts.Jobs.Options;
using RaceOptimizer.Ui.Api;

namespace RaceOptimizer.Ui.Components.Optimize;

/// <summary>
/// The Optimize form as typed: numbers stay text until submit, so a half-typed value is never rejected mid-edit
/// and an empty field means "the API's default" (the shared <see cref="OptimizeOptions"/>' own, where it has one).
/// </summary>
public sealed class OptimizeFormModel
{
    public string? SlateId { get; set; }

    public string? Name { get; set; }

    /// <summary>The simulate job whose kept races a rebuilt job ranks on, as the job being rebuilt did; presets never hold one.</summary>
    public string? SimulationJobId { get; set; }

    public string Objective { get; set; } = Objectives.Mean;

    /// <summary>
    /// The lineups (site player ids) the build keeps as they are: those locked in the results of the job being rebuilt,
    /// while its race is the one chosen. Presets never hold them.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> KeptLineups { get; set; } = [];

    public string? Lineups { get; set; } = "20";

    /// <summary>Empty: none for `mean` (the build ranks by projections), <see cref="DefaultSimulations"/> for the others.</summary>
    public string? Simulations { get; set; }

    /// <summary>The races a tournament objective simulates when the field is empty: the stored job default.</summary>
    public int DefaultSimulations { get; set; } = JobLimits.DefaultSimulations;

    /// <summary>History's share against the user's projections in a simulation's driver means (0: projections alone).</summary>
    public string? HistoryWeight { get; set; } = Text(SimulateOptions.DefaultHistoryWeight);

    public string? Seed { get; set; }

    public string? MinUniqueDrivers { get; set; } = Text(OptimizeOptions.DefaultMinUniqueDrivers);

    public string? SalaryMin { get; set; }

    public string? SalaryMax { get; set; }

    public string? MaxOwnership { get; set; }

    public string? MinOwnership { get; set; }

    public string? MaxPairLineups { get; set; }

    public string? MaxTrioLineups { get; set; }

    public string? Percentile { get; set; } = Text(OptimizeOptions.DefaultPercentile);

    public string? Target { get; set; }

    public string? Alpha { get; set; } = Text(OptimizeOptions.DefaultAlpha);

    public string ContestPreset { get; set; } = ContestOption.TopHeavy;

    public string? ContestEntries { get; set; } = Text(ContestOption.DefaultEntries);

    public string? EntryFee { get; set; } = Text(ContestOption.DefaultEntryFee);

    public string? FieldSize { get; set; } = "1000";

    public bool GpuOffload { get; set; }

    public List<ExposureRow> Exposures { get; } = [];

    public List<GroupRow> Groups { get; } = [];

    /// <summary>
    /// The request's options, with every field that does not read as a number listed in <paramref name="errors"/>. Only
    /// the objective's own parameters are taken from the form; the others keep the shared defaults.
    /// </summary>
    public OptimizeOptions ToOptions(IReadOnlyList<string> locks, IReadOnlyList<string> excludes, Dictionary<string, string[]> errors)
    {
        int? Whole(string field, string? text) => Parse<int>(field, text, errors, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);
        double? Number(string field, string? text) => Parse<double>(field, text, errors, s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null);
        ulong? SeedOf(string field, string? text) => Parse<ulong>(field, text, errors, s => ulong.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (ulong?)null);

        var objective = Objective;
        var defaults = new OptimizeOptions();
        var unlimited = new ExposureOption();
        return new OptimizeOptions
        {
            Objective = objective,
            Lineups = Whole("lineups", Lineups) ?? 1,
            Simulations = Whole("simulations", Simulations) ?? (objective == Objectives.Mean || SimulationJobId is not null ? null : DefaultSimulations),
            SimulationJobId = SimulationJobId,
            HistoryWeight = Number("historyWeight", HistoryWeight) ?? defaults.HistoryWeight,
            Seed = SeedOf("seed", Seed),
            MinUniqueDrivers = Whole("minUniqueDrivers", MinUniqueDrivers) ?? defaults.MinUniqueDrivers,
            Locks = locks,
            Excludes = excludes,
            Exposures = [.. Exposures
                .Where(row => !string.IsNullOrEmpty(row.Driver))
                .Select((row, i) => new ExposureOption
                {
                    Driver = row.Driver,
                    Min = Number($"exposures[{i}].min", row.MinPercent) / 100 ?? unlimited.Min,
                    Max = Number($"exposures[{i}].max", row.MaxPercent) / 100 ?? unlimited.Max,
                })],
            KeepLineups = [.. KeptLineups.Select(drivers => new KeptLineupOption { Drivers = drivers })],
            Groups = [.. Groups
                .Where(row => row.Drivers.Count > 0)
                .Select((row, i) => new GroupOption
                {
                    Drivers = [.. row.Drivers],
                    AtLeast = Whole($"groups[{i}].atLeast", row.AtLeast) ?? 0,
                    AtMost = Whole($"groups[{i}].atMost", row.AtMost) ?? GroupOption.MaxCount,
                })],
            SalaryMin = Whole("salaryMin", SalaryMin),
            SalaryMax = Whole("salaryMax", SalaryMax),
            MaxOwnership = Number("maxOwnership", MaxOwnership),
            MinOwnership = Number("minOwnership", MinOwnership),
            MaxPairLineups = Whole("maxPairLineups", MaxPairLineups),
            MaxTrioLineups = Whole("maxTrioLineups", MaxTrioLineups),
            Percentile = (objective == Objectives.Percentile ? Number("percentile", Percentile) : null) ?? defaults.Percentile,
            Target = objective == Objectives.Tail ? Number("target", Target) : null,
            Alpha = (objective == Objectives.Cvar ? Number("alpha", Alpha) : null) ?? defaults.Alpha,
            Contest = objective == Objectives.Roi
                ? new ContestOption
                {
                    Preset = ContestPreset,
                    Entries = Whole("contest.entries", ContestEntries) ?? 1,
                    EntryFee = Number("contest.entryFee", EntryFee) ?? 0,
                    FieldSize = Whole("contest.fieldSize", FieldSize) ?? 1,
                }
                : null,
        };
    }

    /// <summary>The races the build simulates as the form stands: 0 when it ranks by projected points alone.</summary>
    public int RacesToSimulate =>
        int.TryParse(Simulations, NumberStyles.Integer, CultureInfo.InvariantCulture, out var typed) ? typed
        : string.IsNullOrWhiteSpace(Simulations) && Objective != Objectives.Mean && SimulationJobId is null ? DefaultSimulations : 0;

    /// <summary>What a preset saved now holds: the options the form would submit, and the GPU switch; a rebuild's simulate job and kept lineups are that job's own.</summary>
    public OptimizePreset ToPreset(IReadOnlyList<string> locks, IReadOnlyList<string> excludes) =>
        new(ToOptions(locks, excludes, []) with { SimulationJobId = null, KeepLineups = [] }, GpuOffload);

    /// <summary>
    /// Fills the form from a job to build again with changes: its options, its GPU switch, its slate and the simulate job
    /// it ranked on, named after it.
    /// </summary>
    public void Rebuild(JobView job, OptimizeOptions options)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(options);
        Load(new OptimizePreset(options, job.GpuOffload));
        (SlateId, SimulationJobId) = (job.SlateId, options.SimulationJobId);
        Name = $"{job.Name} (rebuilt)"[..Math.Min(200, job.Name.Length + 10)];
    }

    /// <summary>Fills the form from a saved preset; the slate and name stay as they are.</summary>
    public void Load(OptimizePreset preset)
    {
        var options = preset.Options;
        Objective = options.Objective ?? Objectives.Mean;
        Lineups = Text(options.Lineups);
        Simulations = Text(options.Simulations);
        HistoryWeight = Text(options.HistoryWeight);
        Seed = options.Seed?.ToString(CultureInfo.InvariantCulture);
        MinUniqueDrivers = Text(options.MinUniqueDrivers);
        SalaryMin = Text(options.SalaryMin);
        SalaryMax = Text(options.SalaryMax);
        MaxOwnership = Text(options.MaxOwnership);
        MinOwnership = Text(options.MinOwnership);
        MaxPairLineups = Text(options.MaxPairLineups);
        MaxTrioLineups = Text(options.MaxTrioLineups);
        Percentile = Text(options.Percentile);
        Target = Text(options.Target);
        Alpha = Text(options.Alpha);
        if (options.Contest is { } contest)
        {
            (ContestPreset, ContestEntries, EntryFee, FieldSize) = (contest.Preset ?? ContestOption.TopHeavy, Text(contest.Entries), Text(contest.EntryFee), Text(contest.FieldSize));
        }

        GpuOffload = preset.GpuOffload;
        Exposures.Clear();
        Exposures.AddRange(options.Exposures.Select(e => new ExposureRow { Driver = e.Driver, MinPercent = Text(e.Min * 100), MaxPercent = Text(e.Max * 100) }));
        Groups.Clear();
        Groups.AddRange(options.Groups.Select(g => new GroupRow { Drivers = [.. g.Drivers ?? []], AtLeast = Text(g.AtLeast), AtMost = Text(g.AtMost) }));
    }

    /// <summary>A preset's settings as the API stored them; null when they are not optimizer options.</summary>
    public static OptimizePreset? ReadPreset(JsonElement settings) => OptimizePreset.Read(settings);

    private static string? Text(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static T? Parse<T>(string field, string? text, Dictionary<string, string[]> errors, Func<string, T?> parse) where T : struct
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = parse(text.Trim());
        if (value is null)
        {
            errors[field] = [$"'{text}' is not a number"];
        }

        return value;
    }
}

/// <summary>One driver's exposure limits, in percent of the lineups.</summary>
public sealed class ExposureRow
{
    public string? Driver { get; set; }

    public string? MinPercent { get; set; }

    public string? MaxPercent { get; set; }
}

/// <summary>A driver group as typed: its drivers by site id, and the counts a lineup takes of them (empty: 0 and all).</summary>
public sealed class GroupRow
{
    public List<string> Drivers { get; init; } = [];

    public string? AtLeast { get; set; } = "1";

    public string? AtMost { get; set; }
}
