using System.Text.Json.Serialization;
using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Ui.Api;

/// <summary>The body of `POST /api/jobs` for an optimization of one slate.</summary>
public sealed record NewOptimizationRequest(string Name, string SlateId, bool GpuOffload, OptimizeOptions Optimize)
{
    public JobType Type => JobType.Optimize;
}

/// <summary>
/// What the optimizer is asked: objective, portfolio size and the constraints. Unset (null) options are left out of
/// the request so the API applies its own defaults.
/// </summary>
public sealed record OptimizeOptions
{
    public string Objective { get; init; } = Objectives.Mean;

    public int Lineups { get; init; } = 20;

    public int Simulations { get; init; }

    public int? Seed { get; init; }

    public int? MinUniqueDrivers { get; init; }

    public IReadOnlyList<string> Locks { get; init; } = [];

    public IReadOnlyList<string> Excludes { get; init; } = [];

    public IReadOnlyList<ExposureLimit> Exposures { get; init; } = [];

    public int? SalaryMin { get; init; }

    public int? SalaryMax { get; init; }

    /// <summary>The most summed projected ownership (percent) a lineup may carry.</summary>
    public double? MaxOwnership { get; init; }

    /// <summary>The most lineups any two drivers may share, so the portfolio does not lean on one pair.</summary>
    public int? MaxPairLineups { get; init; }

    public double? Target { get; init; }

    public double? Percentile { get; init; }

    public double? Alpha { get; init; }

    public ContestOptions? Contest { get; init; }

    public bool GpuOffload { get; init; }
}

/// <summary>A driver's share of the portfolio's lineups, from <see cref="Min"/> to <see cref="Max"/> (0 to 1).</summary>
public sealed record ExposureLimit(string Driver, double? Min, double? Max);

public sealed record ContestOptions(string Preset, int Entries, double EntryFee, int FieldSize);

/// <summary>What the optimizer maximizes.</summary>
public static class Objectives
{
    public const string Mean = "mean";
    public const string Percentile = "percentile";
    public const string Tail = "tail";
    public const string Cvar = "cvar";
    public const string Roi = "roi";

    public static readonly string[] All = [Mean, Percentile, Tail, Cvar, Roi];

    public static string Describe(string objective) => objective switch
    {
        Mean => "Mean points (cash games)",
        Percentile => "Points at a percentile",
        Tail => "Chance to beat a target",
        Cvar => "Mean of the best outcomes (CVaR)",
        Roi => "Simulated contest ROI",
        _ => objective,
    };
}

/// <summary>Contest payout shapes the ROI objective models.</summary>
public static class ContestPresets
{
    public static readonly string[] All = ["top-heavy", "double-up", "fifty-fifty"];
}

/// <summary>Reads a job's `result` into the type's record; lenient, since results grow new fields over time.</summary>
public static class JobResults
{
    private static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static T? Read<T>(JobView job) where T : class
    {
        if (job.Result is not { ValueKind: System.Text.Json.JsonValueKind.Object } result)
        {
            return null;
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<T>(result, Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>The body of `POST /api/jobs` for a backtest over imported history (no slate).</summary>
public sealed record NewBacktestRequest(string Name, BacktestOptions Backtest)
{
    public JobType Type => JobType.Backtest;
}

/// <summary>Which races to forecast (a series, from and to, inclusive) and how many simulations each.</summary>
public sealed record BacktestOptions(string Series, DateOnly From, DateOnly To, int Simulations);
